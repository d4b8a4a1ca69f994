# Default parameter values, and the mutable-default pitfall
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cid", punct="?"))
print(greet(greeting="Yo", name="Dee"))

def power(base, exp=2):
    return base ** exp

print(power(5), power(2, 10), power(exp=3, base=3))

def append_bad(item, bucket=[]):       # the default list is created once
    bucket.append(item)
    return bucket

print(append_bad(1), append_bad(2), append_bad(3))

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_good(1), append_good(2))

limit = 10
def check(value, maximum=limit):       # evaluated when def runs
    return value <= maximum

limit = 100
print(check(50), check(5))
print(power.__defaults__, greet.__defaults__)
