# await needs an async def: inside a plain def it is a SyntaxError.
import asyncio

print("never printed")


def fetch():
    await asyncio.sleep(1)
    return 1
