# aclose() throws GeneratorExit into the paused async generator.
import asyncio


async def worker():
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally block")


async def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        yield "I refuse to stop"


async def main():
    gen = worker()
    print(await anext(gen), await anext(gen))
    await gen.aclose()
    print("closed once")
    await gen.aclose()            # closing again does nothing
    print("closed twice")
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("closed generator is exhausted")

    never_started = worker()
    await never_started.aclose()   # no output: the body never ran
    print("never-started generator closed")

    s = stubborn()
    print(await anext(s))
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
