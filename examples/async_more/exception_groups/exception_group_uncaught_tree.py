# golden: stderr
# An uncaught exception group prints as a tree: each member with its own
# traceback, nested groups indented one more level.
def check(n):
    if n % 2:
        raise ValueError(f"{n} is odd")
    raise TypeError(f"{n} is even")


def check_all(numbers):
    errors = []
    for n in numbers:
        try:
            check(n)
        except Exception as e:
            errors.append(e)
    return errors


inner = ExceptionGroup("inner batch", check_all([3, 4]))
raise ExceptionGroup("all checks", check_all([1]) + [inner])
