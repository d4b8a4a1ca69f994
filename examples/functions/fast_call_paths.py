# Calls a Python function with some parameters left to their defaults,
# through bound methods stored as callbacks, and the errors when arguments
# do not fit; a with block whose __enter__ raises.
def scale(x, factor=2, offset=0):
    return x * factor + offset


def collect(item, into=[]):
    into.append(item)
    return into


print(scale(3), scale(3, 10), scale(3, 10, 1))
print(collect(1), collect(2), collect(3, []))


class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0

    def click(self, times=1):
        self.clicks += times
        return f"{self.label}: {self.clicks}"


b = Button("ok")
callbacks = [b.click, b.click, Button("cancel").click]
print([cb() for cb in callbacks])
print(callbacks[0](5))
try:
    callbacks[0](1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    scale()
except TypeError as e:
    print("TypeError:", e)
try:
    scale(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)


class Resource:
    def __enter__(self):
        raise RuntimeError("cannot open")

    def __exit__(self, *exc):
        print("exit should not run")


def use():
    with Resource() as r:
        print("body should not run", r)


try:
    use()
except RuntimeError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("RuntimeError:", e, frames)

total = 0
for i in range(5):
    total += scale(i)
print("module-level total:", total)
del total
try:
    print(total)
except NameError as e:
    print("NameError:", e)
len = lambda s: -1
print(len("abc"))
del len
print(len("abc"))
