def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  cannot divide by zero")
        return None
    except TypeError as e:
        print("  type problem:", e)
        return None
    else:
        print("  division ok")
        return result
    finally:
        print("  finally runs for", a, b)


for args in [(10, 2), (1, 0), ("x", 2), (7, 7)]:
    print(f"divide{args} = {divide(*args)}")


def parse_int(text):
    try:
        return int(text)
    except ValueError as e:
        print("ValueError:", e)
        return 0


print([parse_int(t) for t in ["12", "abc", "3.5", "", " 7 "]])

data = {"a": 1}
for key in ["a", "b"]:
    try:
        print(key, data[key])
    except KeyError as e:
        print("missing key:", e, repr(e), e.args)

items = [1, 2, 3]
try:
    items[10]
except IndexError as e:
    print("IndexError:", e)
try:
    None.upper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    int("12.5")
except (ValueError, TypeError) as e:
    print(type(e).__name__, "->", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    x = undefined_name
except NameError as e:
    print("NameError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].remove(5)
except ValueError as e:
    print("ValueError:", e)
