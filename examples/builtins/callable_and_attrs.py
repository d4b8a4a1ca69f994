# callable, hasattr, getattr with default, setattr on a module
import math

def helper():
    return "helped"

things = [helper, len, math.sqrt, "text", 42, None, str, [1], lambda: 0, "".join]
print([callable(t) for t in things])
for name in ["pi", "tau", "sqrt", "zeta"]:
    print(name, hasattr(math, name), getattr(math, name, "n/a") if name != "sqrt" else "function")
setattr(helper, "version", 2)
print(helper.version, getattr(helper, "version"), helper.__name__)
method = getattr("a,b,c", "split")
print(method(","), callable(method))
setattr(math, "golden", (1 + 5 ** 0.5) / 2)
print(round(math.golden, 6))
print(hasattr([], "append"), hasattr((), "append"), hasattr("", "upper"))
print(getattr(5, "real"), getattr(2.5, "imag"), getattr(10, "bit_length")())
