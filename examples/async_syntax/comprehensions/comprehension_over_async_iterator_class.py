# Async comprehensions work over any async iterator, not just generators.
import asyncio


class Fib:
    def __init__(self, count):
        self.count = count
        self.a, self.b = 0, 1

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.count == 0:
            raise StopAsyncIteration
        self.count -= 1
        await asyncio.sleep(0)
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


async def main():
    print([n async for n in Fib(10)])
    print({n % 3 async for n in Fib(10)})
    print({i: n async for i, n in enumerate_async(Fib(5))})


async def enumerate_async(source, start=0):
    i = start
    async for item in source:
        yield i, item
        i += 1


asyncio.run(main())
