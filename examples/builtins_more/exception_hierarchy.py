# Every builtin exception class with its bases, as in CPython 3.11, and
# OSError's errno/strerror/filename arguments.
import builtins

for name in dir(builtins):
    value = getattr(builtins, name)
    if isinstance(value, type) and issubclass(value, BaseException):
        print(name, "->", ", ".join(c.__name__ for c in value.__mro__[1:-1]))

print(IOError is OSError, EnvironmentError is OSError)


def connect(port):
    if port == 80:
        raise ConnectionRefusedError(f"nothing listens on port {port}")
    if port == 22:
        raise BrokenPipeError("the other side hung up")
    raise TimeoutError("no answer")


for port in [80, 22, 443]:
    try:
        connect(port)
    except ConnectionError as e:
        print("connection problem:", type(e).__name__, e, e.errno, e.args)
    except OSError as e:
        print("other OS error:", type(e).__name__, e)

e = OSError(2, "No such file or directory", "data.csv")
print(type(e).__name__, e.args, str(e), repr(e), e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, "No such file or directory", "a.txt", None, "b.txt")
print(type(e).__name__, e.args, e)
for errno in [1, 2, 4, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 999]:
    print(errno, type(OSError(errno, "message")).__name__)
e = OSError("just a message")
print(e.args, e, e.errno, e.strerror, e.filename)
e = FileNotFoundError(111, "odd")
print(type(e).__name__, e, e.errno)
e = PermissionError(13, "Permission denied", "/etc/shadow")
print(e, e.args)
e = OSError()
e.errno = 5
print(repr(e), repr(str(e)), e.errno)


class StorageError(OSError):
    pass


e = StorageError(28, "No space left on device", "disk.img")
print(type(e).__name__, e, e.args, e.filename)
try:
    raise FileNotFoundError(2, "No such file or directory", "notes.txt")
except OSError as err:
    print("caught:", err, isinstance(err, FileNotFoundError))
for warning in [BytesWarning, EncodingWarning, ImportWarning, UnicodeWarning, ResourceWarning]:
    print(warning.__name__, issubclass(warning, Warning), warning("w").args)
print(UnicodeTranslateError.__mro__[1].__name__, BlockingIOError("x"), ChildProcessError.__base__.__name__)
