# send() resumes a generator and makes the paused yield return a value.
def running_total():
    total = 0
    while True:
        value = yield total
        print("received", value)
        total += value


gen = running_total()
print("primed:", next(gen))
print("after 5:", gen.send(5))
print("after 10:", gen.send(10))
print("next() sends None:", end=" ")
try:
    next(gen)
except TypeError as e:
    print("TypeError:", e)
try:
    g2 = running_total()
    g2.send(1)
except TypeError as e:
    print("TypeError:", e)
