# An async def with yield is an async generator.
import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0.001)
        yield n
        n -= 1
    print("liftoff!")


async def main():
    async for n in countdown(3):
        print(n)

    gen = countdown(2)
    print(type(gen).__name__)
    print(hasattr(gen, "__aiter__"), hasattr(gen, "__anext__"), hasattr(gen, "__iter__"))
    print(gen.__aiter__() is gen)
    print(await gen.__anext__())
    print(await anext(gen))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")


asyncio.run(main())
