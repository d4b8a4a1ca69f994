# await inside an ordinary comprehension, within a coroutine.
import asyncio


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def is_big(x):
    await asyncio.sleep(0)
    return x > 4


async def main():
    print([await double(x) for x in range(5)])
    print([x for x in range(8) if await is_big(x)])
    print([await double(await double(x)) for x in [1, 2]])
    words = {w: await double(len(w)) for w in ["hi", "there"]}
    print(words)
    # a generator expression with await is an async generator
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__)
    print([v async for v in gen])


asyncio.run(main())
