# The = specifier prints the expression text as well as its value
x = 42
name = "Ada"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }")
print(f"{name=}")        # uses repr by default
print(f"{name=!s}")      # unless a conversion is given
print(f"{x * 2 + 1=}")
print(f"{len(items)=}, {items[-1]=}")
print(f"{3.14159=:.2f}")
print(f"{x=:>6}|")
print(f"{items = }")
total = sum(items)
print(f"{total=} {total / len(items)=:.3f}")
print(f"{'literal'=}")
