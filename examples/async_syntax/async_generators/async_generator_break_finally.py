# Breaking out of async for and closing the generator runs its finally block.
import asyncio


async def stream(name):
    print(f"{name}: open")
    try:
        i = 0
        while True:
            await asyncio.sleep(0)
            yield f"{name}-{i}"
            i += 1
    finally:
        print(f"{name}: cleanup")


async def main():
    gen = stream("s1")
    async for item in gen:
        print("got", item)
        if item.endswith("2"):
            break
    print("loop left; closing explicitly")
    await gen.aclose()
    print("closed")

    # a generator that runs to the end cleans up by itself
    async def short():
        try:
            yield 1
            yield 2
        finally:
            print("short: finally")

    print([x async for x in short()])


asyncio.run(main())
