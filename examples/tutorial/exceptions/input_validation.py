inputs = ["42", "-7", "3.14", "abc", "", "  15  ", "1e3", "0x1f", "99999999999999999999"]


def get_int(text):
    try:
        return int(text), None
    except ValueError as e:
        return None, str(e)


for text in inputs:
    value, err = get_int(text)
    if err:
        print(f"{text!r:>24}: error -> {err}")
    else:
        print(f"{text!r:>24}: ok -> {value}")

for text in ["3.5", "nan", "inf", "1,5", "-0"]:
    try:
        print(text, "->", float(text))
    except ValueError as e:
        print(text, "->", e)


def ask_age(answers):
    for attempt, answer in enumerate(answers, 1):
        try:
            age = int(answer)
            if age < 0:
                raise ValueError("age cannot be negative")
        except ValueError as e:
            print(f"attempt {attempt}: {e}")
            continue
        print(f"attempt {attempt}: accepted {age}")
        return age
    print("gave up")
    return None


ask_age(["twenty", "-3", "21"])
ask_age(["x", "y"])


def safe_div(a, b, default=float("nan")):
    try:
        return a / b
    except ZeroDivisionError:
        return default


print(safe_div(1, 4), safe_div(1, 0), safe_div(1, 0, 0))
print(int("0x1f", 16), int("1f", 16), int("0b101", 0), int("077", 8))
for bad in [("2", 1), ("z", 36), ("10", 99)]:
    try:
        print(int(*bad))
    except ValueError as e:
        print("ValueError:", e)
