# A decorator with arguments is a function that returns a decorator.
def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorator


@repeat(3)
def roll(sides):
    return sides


print(roll(6))


def prefix(tag, sep=": "):
    def decorator(func):
        def wrapper(*args):
            return tag + sep + func(*args)
        return wrapper
    return decorator


@prefix("INFO")
def message(text):
    return text


@prefix("WARN", sep=" !! ")
def warning(text):
    return text.upper()


print(message("all good"))
print(warning("disk almost full"))

# The same thing without the @ syntax
def plain(x):
    return str(x)

print(prefix("DBG")(plain)(42))
