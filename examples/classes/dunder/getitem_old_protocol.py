# __getitem__ alone supports indexing, and iteration via the old protocol.
class Squares:
    def __init__(self, n):
        self.n = n
        self.asked = []

    def __getitem__(self, index):
        self.asked.append(index)
        if index >= self.n:
            raise IndexError("too far")
        return index * index


sq = Squares(4)
print(sq[2])
for value in sq:
    print("->", value)
print("indexes asked:", sq.asked)
print(list(Squares(3)))
big = Squares(5)
print(9 in big, big.asked)
print(5 in big, big.asked)
print()


class Letters:
    def __init__(self, text):
        self.text = text

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Letters(self.text[key])
        return self.text[key].upper()

    def __len__(self):
        return len(self.text)

    def __repr__(self):
        return f"Letters({self.text!r})"


w = Letters("python")
print(w[0], w[-1], w[1:4], len(w))
print("-".join(w))
a, b, *rest = Letters("abcd")
print(a, b, rest)
try:
    w[10]
except IndexError as e:
    print("IndexError:", e)
