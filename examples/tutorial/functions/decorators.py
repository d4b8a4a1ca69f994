import functools


def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper()
    return wrapper


@shout
def greet(name):
    """Return a greeting."""
    return f"hello, {name}"


print(greet("world"), greet.__name__, greet.__doc__)


def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_list = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"calling {func.__name__}({', '.join(arg_list)})")
        value = func(*args, **kwargs)
        print(f"{func.__name__} returned {value!r}")
        return value
    return wrapper


@log_calls
def add(a, b=0):
    return a + b


add(2, 3)
add(1, b=10)


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def roll():
    return "x"


print(roll(), roll.__name__)


def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper


@count_calls
def noop():
    pass


for _ in range(4):
    noop()
print("calls:", noop.calls, noop.__name__)


def plain(func):
    def inner():
        return func()
    return inner


@plain
def original():
    return 1


print(original.__name__, original.__wrapped__.__name__ if hasattr(original, "__wrapped__") else "no wrapped")
print(greet.__wrapped__("raw"))


@shout
@log_calls
def stacked(x):
    return f"value {x}"


print(stacked(7))
