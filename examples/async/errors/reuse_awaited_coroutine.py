# Running the same coroutine object twice fails the second time.
import asyncio


async def hello():
    print("hello")


coro = hello()
asyncio.run(coro)
asyncio.run(coro)
