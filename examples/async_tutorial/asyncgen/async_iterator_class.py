# A class-based async iterator (__aiter__/__anext__), plus aiter()/anext() builtins.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.current -= 1
        return self.current + 1


async def main():
    async for n in Countdown(3):
        print("countdown", n)
    it = aiter(Countdown(2))
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "exhausted"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
