# := inside comprehensions binds in the enclosing scope
data = [4, 11, 7, 20, 2]
big = [(x, y) for x in data if (y := x * 3) > 20]
print(big, "last y:", y)
readings = ["12", "x", "7", "", "30"]
valid = [n for r in readings if r.isdigit() and (n := int(r)) > 10]
print(valid)
running = 0
partial_sums = [running := running + v for v in data]
print(partial_sums, running)
def first_match(items, limit):
    if any((hit := item) > limit for item in items):
        return hit
    return None
print(first_match(data, 10), first_match(data, 100))
print([(s, s2) for s in ["ab", "abcd"] if (s2 := len(s) ** 2) > 5])
