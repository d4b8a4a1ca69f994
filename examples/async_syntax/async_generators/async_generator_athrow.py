# athrow() raises an exception at the paused yield.
import asyncio


async def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("  generator handled:", e)
            n = 100


async def main():
    gen = resilient()
    print(await anext(gen), await anext(gen))
    print(await gen.athrow(ValueError("reset")))
    print(await anext(gen))
    try:
        await gen.athrow(KeyError("fatal"))
    except KeyError as e:
        print("propagated:", repr(e))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("generator is finished")


asyncio.run(main())
