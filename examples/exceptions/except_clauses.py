# except E as e, tuples of exception types, bare except, handler order
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][1]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("x")
    return "ok"

for kind in ["zero", "key", "index", "type", "value", "none"]:
    try:
        print(kind, "->", risky(kind))
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup problem:", type(e).__name__, e)
    except ZeroDivisionError as e:
        print(kind, "-> math problem:", e)
    except Exception as e:
        print(kind, "-> other:", type(e).__name__, e)

try:
    risky("value")
except:
    print("bare except catches everything")

try:
    risky("key")
except LookupError:
    print("LookupError handler (first match wins)")
except KeyError:
    print("never reached")

err = None
try:
    risky("zero")
except ZeroDivisionError as e:
    err = e
print(repr(err))
try:
    print(e)
except NameError as problem:
    print("the 'as' name is deleted after the handler:", problem)
