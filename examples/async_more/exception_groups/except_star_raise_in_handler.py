# Exceptions raised inside except* clauses are collected with the
# unhandled rest into a new ExceptionGroup('', [...]); each new exception
# has the matched group as its __context__.
def process():
    try:
        raise ExceptionGroup("input", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("could not recover")
    except* TypeError as eg:
        raise                      # re-raise the TypeError part as it was


try:
    process()
except ExceptionGroup as eg:
    print(repr(eg))
    for e in eg.exceptions:
        print(" ", repr(e), "| context:", repr(e.__context__))
