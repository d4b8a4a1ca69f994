MENU = """1) add  2) subtract  3) multiply  4) divide  5) power  6) history  0) quit"""

scripted_inputs = iter([
    "1", "3", "4.5",
    "4", "10", "0",
    "3", "6", "7",
    "9",
    "5", "2", "abc",
    "5", "2", "10",
    "2", "-1", "-1.5",
    "6",
    "0",
])


def fake_input(prompt):
    value = next(scripted_inputs)
    print(prompt + value)
    return value


def read_number(prompt):
    text = fake_input(prompt)
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        print(f"'{text}' is not a number")
        return None


ops = {
    "1": ("+", lambda a, b: a + b),
    "2": ("-", lambda a, b: a - b),
    "3": ("*", lambda a, b: a * b),
    "4": ("/", lambda a, b: a / b),
    "5": ("**", lambda a, b: a ** b),
}
history = []
print(MENU)
while True:
    choice = fake_input("choice: ")
    if choice == "0":
        print("Goodbye!")
        break
    if choice == "6":
        for i, h in enumerate(history, 1):
            print(f"  {i}. {h}")
        continue
    if choice not in ops:
        print("unknown option", choice)
        continue
    a = read_number("a = ")
    b = read_number("b = ")
    if a is None or b is None:
        continue
    sym, fn = ops[choice]
    try:
        result = fn(a, b)
    except ZeroDivisionError as e:
        print("Error:", e)
        continue
    line = f"{a} {sym} {b} = {result}"
    history.append(line)
    print(line)
