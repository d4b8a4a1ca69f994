# OR patterns may bind names in any order; a failed case binds nothing.
def where(point):
    match point:
        case (x, y) | {"x": x, "y": y} | {"y": y, "x": x, "z": _}:
            return f"x={x} y={y}"
        case [x, y, z] | {"coords": [z, y, x]}:
            return f"3d x={x} y={y} z={z}"
        case _:
            return "unknown"


for p in [(1, 2), {"x": 3, "y": 4}, {"y": 6, "x": 5, "z": 0}, [7, 8, 9],
          {"coords": [1, 2, 3]}, "xy"]:
    print(p, "->", where(p))


def first_case_fails(value):
    match value:
        case [a, 1]:
            print("first", a)
        case [b, 2]:
            print("second", b)
    try:
        print("a is", a)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


first_case_fails([5, 2])
first_case_fails([6, 1])

# The guard runs after the captures are bound; it may fail.
calls = []


def check(n):
    calls.append(n)
    return n > 2


for value in [1, 3]:
    match value:
        case n if check(n):
            print("big", n)
        case n:
            print("small", n)
print(calls)

# Nested OR and AS patterns.
for cmd in [("go", "north"), ("go", "n"), ("go", "up"), ("look",)]:
    match cmd:
        case ("go", ("north" | "n") as direction):
            print("north via", direction)
        case ("go", other):
            print("cannot go", other)
        case (("look" | "l") as verb,):
            print("verb", verb)
