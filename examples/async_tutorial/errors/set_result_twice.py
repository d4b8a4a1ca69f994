# Setting a future's result twice raises InvalidStateError.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    print(await fut)
    fut.set_result(2)


asyncio.run(main())
