# "Find the first match" in an async pipeline, then stop: each stage's finally runs.
import asyncio


async def source():
    try:
        for i in range(100):
            await asyncio.sleep(0)
            yield i
    finally:
        print("source closed")


async def squares(agen):
    try:
        async for x in agen:
            yield x * x
    finally:
        print("squares closed")


async def main():
    async for sq in squares(source()):
        if sq > 50:
            print("first square over 50:", sq)
            break
    for i in range(3):
        await asyncio.sleep(0)
        print("main still running", i)


asyncio.run(main())
