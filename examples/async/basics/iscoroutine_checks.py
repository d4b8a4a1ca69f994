# iscoroutinefunction looks at the function, iscoroutine at the object it returns.
import asyncio


def plain():
    return 1


async def fancy():
    return 2


def gen():
    yield 3


print("plain is coroutine function:", asyncio.iscoroutinefunction(plain))
print("fancy is coroutine function:", asyncio.iscoroutinefunction(fancy))
print("gen is coroutine function:", asyncio.iscoroutinefunction(gen))
print("lambda is coroutine function:", asyncio.iscoroutinefunction(lambda: 0))

c = fancy()
g = gen()
print("fancy() is coroutine:", asyncio.iscoroutine(c))
# asyncio 3.11 still counts generator objects (old generator-based coroutines)
print("gen() is coroutine:", asyncio.iscoroutine(g))
print("plain() is coroutine:", asyncio.iscoroutine(plain()))
print(type(c).__name__, type(g).__name__)
print(type(fancy).__name__, type(gen).__name__)
c.close()
print(asyncio.run(fancy()))
