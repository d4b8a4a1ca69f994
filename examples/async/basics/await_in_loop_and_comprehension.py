# await inside a for loop and inside a list comprehension runs one at a time.
import asyncio


async def double(x):
    print("double", x)
    await asyncio.sleep(0.01)
    return x * 2


async def main():
    total = 0
    for i in range(3):
        total += await double(i)
    print("total", total)
    values = [await double(i) for i in [5, 6]]
    print("values", values)
    evens = [x for x in range(6) if x % 2 == 0]
    print("evens", [await double(x) for x in evens if x])


asyncio.run(main())
