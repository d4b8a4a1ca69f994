# Async generators and their rules: no 'return value', StopAsyncIteration.
import asyncio


async def early_exit(items):
    for item in items:
        if item is None:
            return          # a bare return is allowed and ends the generator
        yield item


async def main():
    print([x async for x in early_exit([1, 2, None, 3])])

    agen = early_exit([])
    print(type(agen).__name__, type(agen.__anext__()).__name__)

    # async generators are not regular iterators
    try:
        for x in early_exit([1]):
            print(x)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
