# ValueError and TypeError messages from unpacking
def show(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

def too_many():
    a, b = [1, 2, 3]

def too_few():
    a, b, c = (1, 2)

def star_too_few():
    a, b, *rest = [1]

def not_iterable():
    a, b = 5

def from_string():
    x, y = "xyz"

def from_dict():
    k1, k2 = {"one": 1}

show(too_many)
show(too_few)
show(star_too_few)
show(not_iterable)
show(from_string)
show(from_dict)
for item in [(1, 2), (3, 4, 5)]:
    try:
        left, right = item
        print("unpacked", left, right)
    except ValueError as e:
        print("ValueError:", e)
