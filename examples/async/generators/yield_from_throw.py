# throw() on the outer generator is forwarded to the inner one by yield from.
def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        print("inner handles ValueError")
        return "inner recovered"


def outer():
    result = yield from inner()
    print("outer sees", result)
    yield "outer continues"


gen = outer()
print(next(gen))
print(gen.throw(ValueError))
gen.close()
print("closed")
