# *args collects extra positional arguments, **kwargs extra keyword arguments
def total(*numbers):
    print("  numbers =", numbers)
    return sum(numbers)

print(total())
print(total(1, 2, 3))

def describe(name, *tags, **details):
    line = name
    if tags:
        line += " [" + ", ".join(tags) + "]"
    for key, value in details.items():
        line += f" {key}={value!r}"
    return line

print(describe("widget"))
print(describe("widget", "new", "sale"))
print(describe("widget", "new", color="red", size=3))
print(describe(name="gadget", price=9.99))

def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)

show()
show(1, "two", three=3)
show(*[1, 2], *(3,), **{"a": 1}, b=2)

def joiner(*parts, sep="-"):
    return sep.join(parts)

print(joiner("a", "b", "c"), joiner("a", "b", sep="+"))
def maximum(first, *rest):
    best = first
    for x in rest:
        if x > best:
            best = x
    return best
print(maximum(3), maximum(3, 9, 4))
