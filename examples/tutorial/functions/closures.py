def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())


def make_multiplier(n):
    return lambda x: x * n


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), [make_multiplier(i)(10) for i in range(4)])


def make_accumulator(start=0):
    total = start

    def add(amount):
        nonlocal total
        total += amount
        return total

    def reset():
        nonlocal total
        total = start

    add.reset = reset
    return add


acc = make_accumulator(100)
print(acc(10), acc(-30))
acc.reset()
print(acc(1))


def outer():
    x = "outer"

    def inner():
        return x

    x = "changed"
    return inner


print(outer()())

counter = 0


def bump():
    global counter
    counter += 1


for _ in range(5):
    bump()
print("counter:", counter)


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memo
def slow_square(n):
    print("computing", n)
    return n * n


print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))
print(c1.__closure__ is not None, double.__name__, make_counter.__name__)
