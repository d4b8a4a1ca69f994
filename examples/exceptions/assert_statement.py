# assert raises AssertionError when the condition is false
def average(values):
    assert len(values) > 0, "values must not be empty"
    return sum(values) / len(values)

print(average([1, 2, 3]))
try:
    average([])
except AssertionError as e:
    print("AssertionError:", e)
    print("args:", e.args)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), repr(str(e)))

x = 5
try:
    assert x < 0, f"x should be negative, got {x}"
except AssertionError as e:
    print(e)
assert True, "never raised"
assert [1], "non-empty list is truthy"
try:
    assert (), {"details": [1, 2]}
except AssertionError as e:
    print(repr(e.args[0]))
print("done")
