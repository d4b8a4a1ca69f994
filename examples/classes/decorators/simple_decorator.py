# A decorator is a function that takes a function and returns a new one.
def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper


def greet(name):
    return f"hello {name}"


loud_greet = shout(greet)
print(greet("ann"))
print(loud_greet("ann"))


# The @ syntax does the same thing
@shout
def farewell(name, polite=False):
    return f"{'goodbye' if polite else 'bye'} {name}"


print(farewell("bob"))
print(farewell("bob", polite=True))
# Without functools.wraps the wrapper keeps its own name
print(farewell.__name__)
