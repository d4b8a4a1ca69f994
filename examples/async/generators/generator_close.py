# close() raises GeneratorExit at the paused yield; finally blocks run.
def lines():
    try:
        for i in range(10):
            yield f"line {i}"
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally: closing the file")


gen = lines()
print(next(gen))
print(next(gen))
gen.close()
print("closed")
gen.close()
print("closing again is harmless")
try:
    next(gen)
except StopIteration:
    print("next() after close: StopIteration")

unstarted = lines()
unstarted.close()
print("closing an unstarted generator runs nothing")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
