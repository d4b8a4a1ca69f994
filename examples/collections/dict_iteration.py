# Iterating over dicts and counting with them
text = "the cat and the hat and the bat"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
for word in counts:
    print(word, counts[word])
for word, n in counts.items():
    if n > 1:
        print(f"{word!r} appears {n} times")
by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(by_count)
print(max(counts, key=counts.get), min(counts.values()))
inverted = {}
for word, n in counts.items():
    inverted.setdefault(n, []).append(word)
print(inverted)
for i, (k, v) in enumerate(counts.items()):
    print(i, k, v)
try:
    for key in counts:
        counts[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
