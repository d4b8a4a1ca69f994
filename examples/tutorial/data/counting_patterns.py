votes = ["red", "blue", "red", "green", "blue", "red", "yellow", "blue", "red"]

# 1) plain if/else
tally = {}
for v in votes:
    if v in tally:
        tally[v] += 1
    else:
        tally[v] = 1
print(tally)

# 2) get with default
tally2 = {}
for v in votes:
    tally2[v] = tally2.get(v, 0) + 1
print(tally2 == tally)

# 3) setdefault for grouping
by_letter = {}
for v in votes:
    by_letter.setdefault(v[0], []).append(v)
print(by_letter)

# 4) try/except KeyError
tally3 = {}
for v in votes:
    try:
        tally3[v] += 1
    except KeyError:
        tally3[v] = 1
print(tally3)

winner = max(tally, key=tally.get)
print("Winner:", winner, "with", tally[winner], "votes")
for color, n in sorted(tally.items(), key=lambda kv: -kv[1]):
    bar = "#" * n
    print(f"{color:>7} | {bar:<5} | {n}")

# count pairs of consecutive items
pairs = {}
for a, b in zip(votes, votes[1:]):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
print(sorted(pairs.items())[:3])

# histogram of numbers into buckets
data = [1, 5, 12, 18, 22, 25, 29, 31, 45, 47, 49]
buckets = {}
for n in data:
    lo = n // 10 * 10
    buckets.setdefault(f"{lo}-{lo + 9}", 0)
    buckets[f"{lo}-{lo + 9}"] += 1
for k, v in buckets.items():
    print(k.rjust(5), "*" * v)
