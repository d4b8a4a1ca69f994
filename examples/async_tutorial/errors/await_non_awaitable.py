# Awaiting the result of a plain (non-async) function.
import asyncio


def compute():
    return 42


async def main():
    value = await compute()
    print(value)


asyncio.run(main())
