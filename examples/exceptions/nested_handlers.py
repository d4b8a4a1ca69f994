# Exceptions propagate outward through calls until a handler matches
def level3(x):
    print("  level3 start")
    result = 100 // x
    print("  level3 end")
    return result

def level2(x):
    try:
        return level3(x)
    except TypeError:
        print("  level2 handles TypeError only")
        return -1
    finally:
        print("  level2 finally")

def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("  level1 caught:", e)
        return 0

for arg in [5, 0, "s"]:
    print(f"level1({arg!r}) = {level1(arg)}")

def retry(values):
    for attempt, v in enumerate(values, 1):
        try:
            return attempt, 10 / v
        except ZeroDivisionError:
            print("  attempt", attempt, "failed")
    return None

print(retry([0, 0, 4]))
print(retry([0]))
