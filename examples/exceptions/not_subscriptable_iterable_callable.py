# Using a value as a container, iterable or function when it is not one
values = [42, 3.5, None, True]
for v in values:
    name = type(v).__name__
    try:
        v[0]
    except TypeError as e:
        print(f"{name:8}", e)
    try:
        for _ in v:
            pass
    except TypeError as e:
        print(f"{name:8}", e)
    try:
        v()
    except TypeError as e:
        print(f"{name:8}", e)
try:
    len(7)
except TypeError as e:
    print(e)
try:
    list(7)
except TypeError as e:
    print(e)
index = 1.5
try:
    "abc"[index]
except TypeError as e:
    print(e)
key = "0"
try:
    [1, 2][key]
except TypeError as e:
    print(e)
try:
    {}[[1]]
except TypeError as e:
    print(e)
