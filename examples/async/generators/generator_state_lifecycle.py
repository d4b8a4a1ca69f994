# A generator runs only when asked, pauses at each yield, and finishes once.
def steps():
    print("  start")
    yield 1
    print("  between")
    yield 2
    print("  end")


gen = steps()
print("created")
print("got", next(gen))
print("got", next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration at the end")
try:
    next(gen)
except StopIteration:
    print("StopIteration again")
print(list(steps()))
