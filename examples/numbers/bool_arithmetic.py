# bool is a subclass of int
print(True + True, True * 10, False - 1, True / 2)
print(sum([True, False, True, True]))
print(isinstance(True, int), issubclass(bool, int))
print(True == 1, False == 0, True == 1.0)
print(int(True), float(False), str(True), repr(False))
print(bool(0), bool(42), bool(-1), bool(0.0), bool("False"))

answers = [3 > 2, 1 > 2, "a" in "abc", [] == []]
print(answers, answers.count(True))

votes = ["yes", "no", "yes", "yes"]
print("yes votes:", sum(v == "yes" for v in votes))
print(["zero", "one"][True], ("no", "yes")[2 > 1])
print(True & True, True | False, True ^ True, ~True)
print(max(True, 2), -True, +False)
print(hash(True) == hash(1), {1: "int", True: "bool"})
