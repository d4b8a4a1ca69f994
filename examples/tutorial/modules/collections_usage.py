from collections import Counter, defaultdict, namedtuple, deque, OrderedDict

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["zebra"])
c.update(["cat", "cat"])
print(c["cat"], sum(c.values()))

groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=0))

d = deque([1, 2, 3], maxlen=5)
d.appendleft(0)
d.append(4)
d.append(5)
print(d, d.popleft(), d.pop(), list(d))
d.rotate(1)
print(d)

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od.move_to_end("b")
print(list(od.items()))
