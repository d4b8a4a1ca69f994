# Unlike a coroutine, a done Future can be awaited again and again.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("same")
    for i in range(3):
        print(i, await fut)


asyncio.run(main())
