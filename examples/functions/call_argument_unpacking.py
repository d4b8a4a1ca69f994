# Calling with *iterable and **mapping
def point3(x, y, z):
    return f"({x}, {y}, {z})"

coords = [1, 2, 3]
print(point3(*coords))
print(point3(*"abc"))
print(point3(0, *[5, 6]))
print(point3(**{"x": 7, "y": 8, "z": 9}))
print(point3(1, **{"z": 3, "y": 2}))
print(point3(*range(2), z=99))

options = {"sep": " | ", "end": " <end>\n"}
print("a", "b", "c", **options)
print(*[1, 2, 3], sep=", ")
words = ["x", "y"]
print(*words, *reversed(words))
print(max(*[4, 9, 2]), min(*"hello"))
try:
    point3(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    point3(1, **{"x": 1, "y": 2, "z": 3})
except TypeError as e:
    print("TypeError:", e)
