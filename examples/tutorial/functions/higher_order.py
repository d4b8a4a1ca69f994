def apply_twice(f, x):
    return f(f(x))


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def pipeline(value, *steps):
    for step in steps:
        value = step(value)
    return value


print(apply_twice(lambda x: x + 3, 10))
print(apply_twice(str.upper, "hi"))
f = compose(str.strip, str.lower, lambda s: s + "  ")
print(repr(f("  HeLLo")))
print(pipeline(" 3,1,2 ", str.strip, lambda s: s.split(","), lambda xs: sorted(map(int, xs))))


def make_validator(min_len, must_have_digit):
    def validate(pw):
        errors = []
        if len(pw) < min_len:
            errors.append(f"too short ({len(pw)} < {min_len})")
        if must_have_digit and not any(c.isdigit() for c in pw):
            errors.append("needs a digit")
        return errors or ["ok"]
    return validate


check = make_validator(8, True)
for pw in ["abc", "abcdefgh", "abc12345", "1"]:
    print(f"{pw:>10}: {'; '.join(check(pw))}")

handlers = []


def register(fn):
    handlers.append(fn)
    return fn


@register
def on_start():
    return "started"


@register
def on_stop():
    return "stopped"


print([h() for h in handlers], [h.__name__ for h in handlers])
print(callable(print), callable(len), callable("x"), callable(on_start))
funcs = [len, str.upper, lambda s: s * 2, sorted]
print([fn("cab") for fn in funcs])
print(sorted(["b", "C", "a"], key=str.lower), sorted([3, -1, 2], key=lambda n: -n))
print(getattr("text", "upper")(), getattr([], "nope", "default"))
