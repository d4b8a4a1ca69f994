# str.format: automatic, positional, named, indexed and attribute fields
import math

print("{} and {}".format("spam", "eggs"))
print("{0} and {1}; {1} and {0}".format("spam", "eggs"))
print("{name} is {age}".format(name="Ann", age=31))
print("{0}{1}{0}".format("abra", "cad"))
point = (3, 4)
print("x={0[0]}, y={0[1]}".format(point))
info = {"lang": "Python", "ver": 3.11}
print("{0[lang]} {0[ver]}".format(info))
print("{d[lang]}!".format(d=info))
print("pi is {m.pi:.4f}".format(m=math))
print("{0.real} {0.imag}".format(7))
print("{{literal braces}} and {}".format("a field"))
print("{!r} {!s}".format("quoted", "plain"))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{0:{1}}|".format("w", 5))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
people = [("Ann", 31), ("Bob", 5)]
for person in people:
    print("{0[0]:<5} {0[1]:>3}".format(person))
args = ["a", "b"]
kwargs = {"sep": "+"}
print("{}{sep}{}".format(*args, **kwargs))
try:
    "{} {}".format("only one")
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
