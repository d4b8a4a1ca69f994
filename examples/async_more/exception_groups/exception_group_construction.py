# Building exception groups: BaseExceptionGroup picks ExceptionGroup when
# it can; the arguments are checked with CPython's messages.
def attempt(label, make):
    try:
        eg = make()
        print(f"{label}: {type(eg).__name__} {eg!r} -> {eg}")
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")


attempt("plain", lambda: ExceptionGroup("two", [ValueError(1), TypeError(2)]))
attempt("one", lambda: ExceptionGroup("one", (ValueError(1),)))
attempt("base of Exceptions", lambda: BaseExceptionGroup("b", [ValueError(1)]))
attempt("base of BaseExceptions", lambda: BaseExceptionGroup("b", [KeyboardInterrupt()]))
attempt("ExceptionGroup of BaseException", lambda: ExceptionGroup("x", [SystemExit(1)]))
attempt("message not str", lambda: ExceptionGroup(42, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("x", {ValueError()}))
attempt("empty", lambda: ExceptionGroup("x", []))
attempt("not exceptions", lambda: ExceptionGroup("x", [ValueError(), "oops"]))
attempt("one argument", lambda: ExceptionGroup("x"))
attempt("keyword", lambda: ExceptionGroup("x", [ValueError()], note="n"))
eg = ExceptionGroup("msg", [ValueError(1)])
print(eg.message, eg.exceptions, eg.args)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])
