# asyncio.run wants a coroutine object: a plain function's result is not one.
import asyncio


def compute():
    print("compute runs right away")
    return 3


asyncio.run(compute())
