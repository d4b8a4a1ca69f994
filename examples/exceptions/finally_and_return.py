# finally runs on return, and a return inside finally wins
def with_return():
    try:
        return "from try"
    finally:
        print("  finally runs before the function returns")

print(with_return())

def overriding():
    try:
        return "from try"
    finally:
        return "from finally"

print(overriding())

def swallowing():
    try:
        1 / 0
    finally:
        return "finally's return discards the exception"

print(swallowing())

def value_is_computed_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x changed to", x, "after the return value was computed")

print(value_is_computed_first())

def count_attempts():
    attempts = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            attempts.append(i)
        finally:
            attempts.append(f"f{i}")
    return attempts

print(count_attempts())
