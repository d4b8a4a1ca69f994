# A class without __init__ takes no arguments (caught here).
class Empty:
    pass


class WithNew:
    def greet(self):
        return "hi"


print(type(Empty()).__name__, WithNew().greet())
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
try:
    WithNew(name="x")
except TypeError as e:
    print("TypeError:", e)
try:
    WithNew().greet("extra")
except TypeError as e:
    print("TypeError:", e)
try:
    WithNew.greet()
except TypeError as e:
    print("TypeError:", e)
