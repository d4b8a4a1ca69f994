def describe(value):
    return f"{value!r} has {len(value)} items"


print(describe([1, 2, 3]))
print(describe("hey"))
print(describe(42))
