# A Future resolved later by a timer callback: await waits for it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "from the timer")
    print("waiting...")
    value = await fut
    print("got", repr(value))
    print(fut)


asyncio.run(main())
