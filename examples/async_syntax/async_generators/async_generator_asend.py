# asend() sends a value into an async generator, like send() for generators.
import asyncio


async def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("  (no value sent)")
            continue
        await asyncio.sleep(0)
        total += value


async def main():
    acc = accumulator()
    print(await acc.asend(None))    # start it: must send None first
    print(await acc.asend(5))
    print(await acc.asend(10))
    print(await anext(acc))          # anext() sends None
    print(await acc.asend(1))
    await acc.aclose()

    fresh = accumulator()
    try:
        await fresh.asend(3)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
