# An async generator pipeline: source -> filter -> transform -> sink.
import asyncio


async def source(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        print(f"  source yields {i}")
        yield i


async def only_odd(agen):
    async for x in agen:
        if x % 2:
            yield x


async def scale(agen, k):
    async for x in agen:
        yield x * k


async def main():
    results = []
    async for value in scale(only_odd(source(6)), 100):
        print("sink got", value)
        results.append(value)
    print(results)


asyncio.run(main())
