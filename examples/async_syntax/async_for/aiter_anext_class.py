# async for over a class with __aiter__ and __anext__.
import asyncio


class Ticker:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n >= self.limit:
            raise StopAsyncIteration
        await asyncio.sleep(0.001)
        self.n += 1
        return self.n


async def main():
    async for tick in Ticker(3):
        print("tick", tick)

    total = 0
    async for value in Ticker(10):
        if value % 2:
            continue
        if value > 8:
            break
        total += value
    else:
        print("not printed: the loop was broken")
    print("total", total)

    async for _ in Ticker(0):
        print("never")
    else:
        print("empty iterator: else runs")


asyncio.run(main())
