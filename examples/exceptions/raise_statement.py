# raise with classes and instances; re-raising with bare raise
def check_age(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be an int, not {type(age).__name__}")
    if age < 0:
        raise ValueError("age cannot be negative")
    return age

for value in [30, -1, "old"]:
    try:
        print(check_age(value))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    raise KeyError
except KeyError as e:
    print("raised the class:", repr(e), e.args)

def log_and_reraise():
    try:
        {}["missing"]
    except KeyError as e:
        print("logging:", repr(e))
        raise

try:
    log_and_reraise()
except KeyError as e:
    print("re-raised:", repr(e))

try:
    raise RuntimeError("first", 42)
except RuntimeError as e:
    print(e.args, str(e), repr(e))

try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
