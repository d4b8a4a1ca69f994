# getattr, setattr and hasattr on functions and modules
import math

def counter():
    counter.calls += 1
    return counter.calls

setattr(counter, "calls", 0)
counter()
counter()
print(counter.calls, getattr(counter, "calls"))
print(hasattr(counter, "calls"), hasattr(counter, "missing"))
print(getattr(counter, "missing", "default value"))
try:
    getattr(counter, "missing")
except AttributeError as e:
    print("AttributeError:", e)
counter.label = "my counter"
print(counter.label, counter.__name__)

print(getattr(math, "pi"), hasattr(math, "sqrt"), hasattr(math, "nope"))
sqrt = getattr(math, "sqrt")
print(sqrt(81))
setattr(math, "answer", 42)
print(math.answer)
for name in ["floor", "ceil", "trunc"]:
    print(name, getattr(math, name)(-2.5))
print(getattr("text", "upper")(), getattr([3, 1, 2], "index")(2))
try:
    math.missing_function
except AttributeError as e:
    print("AttributeError:", e)
