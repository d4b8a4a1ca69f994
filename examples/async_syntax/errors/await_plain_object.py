# Awaiting an instance of a class without __await__.
import asyncio


class Result:
    def __init__(self, value):
        self.value = value


async def fetch():
    return Result(3)


async def main():
    r = await fetch()
    print("value", r.value)
    again = await r


asyncio.run(main())
