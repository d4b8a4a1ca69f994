# A class is awaitable when __await__ returns an iterator; a generator works.
import asyncio


class Delay:
    def __init__(self, value, steps=1):
        self.value = value
        self.steps = steps

    def __await__(self):
        for _ in range(self.steps):
            yield from asyncio.sleep(0).__await__()
        return self.value * 10


async def main():
    result = await Delay(4)
    print("result", result)
    print("sum", await Delay(1) + await Delay(2, steps=3))
    d = Delay(7)
    print(await d, await d)       # each await calls __await__ again
    print(hasattr(d, "__await__"), asyncio.iscoroutine(d), asyncio.isfuture(d))


asyncio.run(main())
