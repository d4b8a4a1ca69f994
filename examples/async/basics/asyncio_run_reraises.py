# An exception that escapes the main coroutine comes out of asyncio.run.
import asyncio


async def main():
    print("main starts")
    await asyncio.sleep(0.01)
    raise KeyError("missing")


try:
    asyncio.run(main())
except KeyError as e:
    print("caught outside:", type(e).__name__, e)
print("program goes on")
