expressions = ["2 + 3 * 4", "(2 + 3) * 4", "10 / 4", "2 ** 10", "17 // 5", "max(3, 9, 4)"]
for expr in expressions:
    print(f"{expr:>15} = {eval(expr)}")

allowed = {"x": 7, "y": 3}
print(eval("x * y + 1", {}, allowed))
print(eval("[n * n for n in range(5)]"))

code = """
total = 0
for i in range(1, 6):
    total += i
result = total
"""
namespace = {}
exec(code, namespace)
print(namespace["result"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
