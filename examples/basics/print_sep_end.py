# print() with several arguments, sep= and end=
print("hello", "world")
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" <- same line")
print(1, 2.5, True, None, "text", [1, 2], (3,), {"k": "v"})
print()
print("x", "y", sep="", end="!\n")
print("first", end=" | ")
print("second", end=" | ")
print("third")
print(*[10, 20, 30])
print(*"abc", sep=", ")
print("multi", "sep", sep=" :: ")
items = ["apple", "banana", "cherry"]
for i, item in enumerate(items):
    print(item, end=", " if i < len(items) - 1 else "\n")
print("tab\tseparated", "values", sep="\t")
print("", "leading sep", sep="*")
