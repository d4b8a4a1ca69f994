text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick end, for a quick story."""

counts = {}
for line in text.splitlines():
    for word in line.split():
        word = word.strip(".,;!?").lower()
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1

print("Total words:", sum(counts.values()))
print("Unique words:", len(counts))

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("Top 5:")
for word, n in ranked[:5]:
    print(f"  {word:<8}{n:>3}")

longest = max(counts, key=len)
print("Longest word:", longest, len(longest))
print("Words seen once:", ", ".join(sorted(w for w, c in counts.items() if c == 1)))

lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
