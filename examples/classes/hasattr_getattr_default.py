# hasattr() and getattr() with a default: a missing attribute, an
# AttributeError raised by a property or by __getattr__, and errors of
# other kinds (which are not swallowed).
import math


class Sensor:
    def __init__(self):
        self.name = "t1"

    @property
    def reading(self):
        raise AttributeError("no reading yet")

    @property
    def broken(self):
        raise ValueError("sensor fault")


class Lenient:
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name.upper()
        raise AttributeError(name)


s = Sensor()
print(hasattr(s, "name"), hasattr(s, "missing"), hasattr(s, "reading"))
print(getattr(s, "missing", "default"), getattr(s, "reading", "no value"))
try:
    hasattr(s, "broken")
except ValueError as e:
    print("ValueError:", e)
try:
    getattr(s, "broken", None)
except ValueError as e:
    print("ValueError:", e)

l = Lenient()
print(hasattr(l, "x_speed"), getattr(l, "x_speed", None), hasattr(l, "speed"), getattr(l, "speed", 0))

print(hasattr(math, "pi"), hasattr(math, "tau2"), getattr(math, "e", None) == math.e)
print(hasattr(Sensor, "reading"), hasattr(Sensor, "nothing"), getattr(Sensor, "nothing", "-"))
print(hasattr(42, "real"), hasattr(42, "imag"), hasattr(42, "size"), getattr("abc", "upper")())
print(hasattr([], "append"), getattr({}, "keys", None) is not None, getattr(None, "x", "none has no x"))
try:
    getattr(s, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    hasattr(s, 5)
except TypeError as e:
    print("TypeError:", e)
