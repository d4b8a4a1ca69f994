# f-strings evaluate arbitrary expressions
name = "World"
items = ["pen", "ink", "paper"]
prices = {"pen": 1.5, "ink": 4.25}
n = 7
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}, {n} cubed is {n ** 3}")
print(f"{name.upper()} has {len(name)} letters")
print(f"first item: {items[0]}, last: {items[-1]}, count: {len(items)}")
print(f"pen costs {prices['pen']} and ink costs {prices['ink']}")
print(f"{'nested ' + 'strings'} and {'yes' if n > 5 else 'no'}")
print(f"{[x * 2 for x in range(4)]}")
print(f"{ {'a': 1}['a'] }")   # a space separates the braces of a dict display
print(f"{sum(prices.values()):.2f} total")
print(f"{(lambda x: x + 1)(41)}")
print(f"{n:}|{n!s}|{items}")
print(f"{'{'}braces{'}'} and {{doubled}}")
width = 3
print(f"{', '.join(f'{i:0{width}d}' for i in range(3))}")
print(f"{3 + 4}", f"{'-' * 5}", f"{max(items, key=len)}")
x, y = 2, 3
print(f"{x}+{y}={x + y}", f"{x}{y}", f"{x!r:>4}")
print(F"capital F works too: {x}")
