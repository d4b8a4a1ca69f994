# str.join over every kind of iterable, and its errors
print(", ".join(["a", "b", "c"]), "|".join(("x", "y")), "".join("abc"), "-".join("é日"))
print("+".join(str(n * n) for n in range(5)))
print(" ".join({"k1": 1, "k2": 2}), " ".join({"k3": 3}.keys()), " ".join({"a", "a"}))
print("/".join(map(str.upper, ["usr", "local", "bin"])))
print(repr("".join([])), repr(",".join([""])), repr(",".join(["", ""])), repr("ab".join("")))
single = ["only"]
print("::".join(single), "::".join(single) is single[0])
print("日本".join(["<", ">"]), "-".join(["é", "ü", "ß"]), len("→".join(["a"] * 4)))
def words():
    yield "lazy"
    yield "generator"
    yield "joined"
print("_".join(words()))
print("\n".join(f"{i}: {c}" for i, c in enumerate("ab")))
lines = ["x", "y"]
print(repr("\n".join(lines) + "\n"))
for bad in [[1, 2], ["a", 2], ["a", None], ["a", b"b"], ("a", ["b"])]:
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in [5, None, 3.5]:
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ",".join()
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(["a"], ["b"])
except TypeError as e:
    print("TypeError:", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return str(self.n)
print(">".join(Countdown(4)))
print(str.join(", ", ["unbound", "call"]))
