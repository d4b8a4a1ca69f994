# str(e), repr(e) and e.args for different numbers of arguments
samples = [
    ValueError(),
    ValueError("bad value"),
    ValueError("bad value", 42),
    KeyError("missing"),
    KeyError(("a", 1)),
    IndexError(3),
    TypeError("it's quoted"),
    Exception(None),
]
for e in samples:
    print(f"{type(e).__name__:<11} str={str(e)!r:<22} repr={e!r:<30} args={e.args}")

try:
    {"a": 1}["missing"]
except KeyError as e:
    print(str(e), repr(e), e.args, e.args[0])

try:
    int("12x")
except ValueError as e:
    print(e.args)
    message = str(e)
print(message.upper())
errors = [ZeroDivisionError("division by zero"), KeyError("k", "extra")]
print([type(e).__name__ for e in errors], errors[1].args)
print(isinstance(errors[0], Exception), repr(RuntimeError("x")))
