# Calling asyncio.run from inside a coroutine (a Jupyter-style mistake).
import asyncio


async def helper():
    return 1


async def main():
    print("in main")
    return asyncio.run(helper())


asyncio.run(main())
