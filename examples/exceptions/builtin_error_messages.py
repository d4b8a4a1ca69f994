# The exact messages CPython gives for common mistakes
def show(action):
    try:
        action()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

number = 5

def uses_undefined():
    return x_undefined + 1

show(lambda: 1 + "a")
show(uses_undefined)
show(lambda: 10 / 0)
show(lambda: 10 // 0)
show(lambda: 10 % 0)
show(lambda: [1, 2, 3][5])
show(lambda: None.foo)
show(lambda: {"a": 1}["missing"])
show(lambda: int("abc"))
show(lambda: "abc" + 5)
show(lambda: number[0])
show(lambda: number(2))
show(lambda: 1 < "2")
show(lambda: [] > 0)
show(lambda: float("x1"))
show(lambda: (1, 2).append(3))
show(lambda: "text".missing)
show(lambda: len(5))
show(lambda: [1, 2, 3].index(4))
show(lambda: [1, 2, 3][::0])
show(lambda: "ab" * "c")
show(lambda: [] - [])
show(lambda: -"s")
show(lambda: abs("s"))
show(lambda: {}.pop("k"))
show(lambda: chr(-1))
show(lambda: sum(["a", "b"]))
show(lambda: 10 ** 400 * 1.0)
