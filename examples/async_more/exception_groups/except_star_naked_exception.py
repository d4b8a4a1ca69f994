# A plain exception caught by except* arrives wrapped in an
# ExceptionGroup with an empty message; if no clause matches it goes on
# unwrapped.
try:
    raise ValueError("plain")
except* ValueError as eg:
    print(repr(eg), eg.exceptions, repr(eg.message))

try:
    try:
        raise KeyError("unmatched")
    except* ValueError:
        print("not here")
except KeyError as e:
    print("still a plain KeyError:", repr(e))

try:
    try:
        raise ValueError("re-raised")
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("a bare raise re-raises the wrapper:", repr(eg))
