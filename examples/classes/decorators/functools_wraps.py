# functools.wraps copies the name and docstring onto the wrapper.
import functools


def traced(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__} args={args} kwargs={kwargs}")
        value = func(*args, **kwargs)
        print(f"<- {func.__name__} returned {value!r}")
        return value
    return wrapper


def untraced(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@traced
def power(base, exp=2):
    """Raise base to exp."""
    return base ** exp


@untraced
def square(x):
    """Square a number."""
    return x * x


power(3)
power(2, exp=10)
print(power.__name__, "|", power.__doc__)
print(square.__name__, "|", square.__doc__)
print(power.__wrapped__(5, 3))
