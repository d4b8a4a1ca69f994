# asyncio.run cannot be used while a loop is already running.
import asyncio


async def inner():
    return 1


async def main():
    print("main is running")
    coro = inner()
    try:
        asyncio.run(coro)
    finally:
        coro.close()


asyncio.run(main())
