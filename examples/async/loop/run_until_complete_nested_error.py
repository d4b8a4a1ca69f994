# A loop that is already running cannot run_until_complete again.
import asyncio


async def inner():
    return "inner"


async def main():
    loop = asyncio.get_running_loop()
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("awaiting it instead:", await coro)


asyncio.run(main())
