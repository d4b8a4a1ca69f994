# Exception classes with their own __new__ (and ExceptionGroup subclasses
# with extra constructor arguments): BaseException.__new__ stores the
# arguments and BaseException.__init__ sets them again.


class E(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


e = E(1, 2)
print(e.args, repr(e), str(e))


class Fixed(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, "fixed")  # __init__ then sets args again


print(Fixed(1, 2).args, Fixed().args)


class Bare(Exception):
    def __new__(cls, *args):
        instance = super().__new__(cls)
        instance.extra = len(args)
        return instance


b = Bare("a", "b")
print(b.args, b.extra, str(b))


class OwnInit(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)

    def __init__(self, code):
        self.code = code  # no super().__init__: args stay as __new__ set them


o = OwnInit(7)
print(o.args, o.code, repr(o))


class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.b = b


print(NoSuperInit(1, 2).args, NoSuperInit(1, 2).b)


class WithSuperInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


print(WithSuperInit(1, 2).args, str(WithSuperInit("msg", 2)))


class Coded(Exception):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)

    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code


k = Coded("failed", code=3)
print(k.args, k.code, str(k))


class Plain(Exception):
    pass


for make in [lambda: Exception(a=1), lambda: Plain(a=1), lambda: Plain("x", y=2)]:
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)


class HttpErrors(ExceptionGroup):
    def __new__(cls, message, errors, status):
        self = super().__new__(cls, message, errors)
        self.status = status
        return self

    def __init__(self, message, errors, status):
        super().__init__(message, errors)

    def derive(self, errors):
        return HttpErrors(self.message, errors, self.status)


g = HttpErrors("requests failed", [ValueError("bad url"), TimeoutError("slow")], 503)
print(g.args, g.status, repr(g), str(g), g.message, g.exceptions)
match, rest = g.split(ValueError)
print(type(match).__name__, match.args, match.status, rest.status, rest.exceptions)
try:
    raise g
except* ValueError as eg:
    print("handled", eg.exceptions, eg.status)
except* TimeoutError as eg:
    print("handled", eg.exceptions, eg.status)


class NeedsExtra(ExceptionGroup):
    def __init__(self, message, errors, extra):
        super().__init__(message, errors)
        self.extra = extra


try:
    NeedsExtra("x", [ValueError()], 5)
except TypeError as err:
    print("TypeError:", err)
