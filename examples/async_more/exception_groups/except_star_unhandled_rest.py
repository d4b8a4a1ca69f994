# What no except* clause matches is re-raised as a group with the same
# message and structure.
def work():
    try:
        raise ExceptionGroup("jobs", [OSError("disk"), ValueError("input"), OSError("net")])
    except* ValueError as eg:
        print("handled here:", eg.exceptions)


try:
    work()
except* OSError as rest:
    print("left for the caller:", repr(rest))
