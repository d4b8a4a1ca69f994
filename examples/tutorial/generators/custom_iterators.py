class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Range2:
    """A hand-written iterator like range(start, stop, step)."""

    def __init__(self, start, stop, step=1):
        self.current = start
        self.stop = stop
        self.step = step

    def __iter__(self):
        return self

    def __next__(self):
        if self.current >= self.stop:
            raise StopIteration
        value = self.current
        self.current += self.step
        return value


print(list(Countdown(5)), list(Countdown(0)))
cd = Countdown(3)
print(list(cd), list(cd))
r = Range2(0, 10, 3)
print(list(r), list(r))
for x in Range2(1, 4):
    print("x =", x)
print(sum(Range2(0, 101)), max(Range2(5, 9)), sorted(Range2(0, 5, 2), reverse=True))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, None))
it2 = iter("ab")
print(type(it2).__name__, list(it2))


class Sentence:
    def __init__(self, text):
        self.words = text.split()

    def __getitem__(self, index):
        return self.words[index]

    def __len__(self):
        return len(self.words)


s = Sentence("the old getitem protocol works")
print(list(s), len(s), s[1], s[-1], "works" in s, list(enumerate(s))[:2])
for w in s:
    print(w.upper(), end=" ")
print()
print(list(zip(Countdown(3), Range2(0, 100))))
print(list(map(str, Countdown(4))), "-".join(map(str, Range2(0, 3))))
