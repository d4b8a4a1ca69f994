# The usual pattern: build a list of coroutines with a comprehension, unpack into gather.
import asyncio


async def process(item):
    await asyncio.sleep(0.01 * (len(item) % 4))
    return item[::-1].upper()


async def main():
    items = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    coros = [process(i) for i in items]
    results = await asyncio.gather(*coros)
    for item, res in zip(items, results):
        print(f"{item:>8} -> {res}")
    mapping = dict(zip(items, await asyncio.gather(*map(process, items))))
    print(mapping)


asyncio.run(main())
