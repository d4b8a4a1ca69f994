# Awaiting something that is not awaitable raises TypeError.
import asyncio


class NotAwaitable:
    pass


class BadAwait:
    def __await__(self):
        return 42          # must be an iterator


class Plain:
    def __init__(self, x):
        self.x = x


async def compute():
    return 1


async def main():
    for thing in [5, "text", None, NotAwaitable(), BadAwait(), Plain(1)]:
        try:
            await thing
        except TypeError as e:
            print("TypeError:", e)
    try:
        await compute
    except TypeError as e:
        print("TypeError:", e)
    print("await compute() ->", await compute())


asyncio.run(main())
