# PEP 525's ticker async generator, consumed by async for and an async comprehension.
import asyncio


async def ticker(delay, to):
    """Yield numbers from 0 to *to* every *delay* seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def main():
    async for i in ticker(0.01, 5):
        print("tick", i)
    squares = [i * i async for i in ticker(0.01, 6)]
    print(squares)
    evens = {i async for i in ticker(0, 10) if i % 2 == 0}
    print(sorted(evens))
    table = {i: str(i) async for i in ticker(0, 3)}
    print(table)


asyncio.run(main())
