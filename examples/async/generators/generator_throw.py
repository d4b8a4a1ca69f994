# throw() raises an exception at the paused yield; the generator may handle it.
def careful():
    while True:
        try:
            x = yield "ready"
            print("got", x)
        except ValueError as e:
            print("handled ValueError:", e)
            yield "recovered"


gen = careful()
print(next(gen))
print(gen.send(1))
print(gen.throw(ValueError("bad input")))
print(next(gen))
try:
    gen.throw(KeyError("k"))
except KeyError as e:
    print("KeyError came back out:", e)
try:
    next(gen)
except StopIteration:
    print("generator is finished")
