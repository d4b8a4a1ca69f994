# Async generators can consume other async generators.
import asyncio


async def numbers(limit):
    for i in range(limit):
        await asyncio.sleep(0)
        yield i


async def only_even(source):
    async for n in source:
        if n % 2 == 0:
            yield n


async def squared(source):
    async for n in source:
        yield n * n


async def main():
    async for value in squared(only_even(numbers(10))):
        print(value, end=" ")
    print()


asyncio.run(main())
