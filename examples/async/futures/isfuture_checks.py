# isfuture is true for Futures and Tasks, not for coroutines.
import asyncio


async def job():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(job())
    coro = job()
    print("future:", asyncio.isfuture(fut))
    print("task:", asyncio.isfuture(task))
    print("coroutine:", asyncio.isfuture(coro))
    print("number:", asyncio.isfuture(5))
    print("task is a Future:", isinstance(task, asyncio.Future))
    print("future is a Task:", isinstance(fut, asyncio.Task))
    print(type(fut).__name__, type(task).__name__)
    print(await coro, await task)


asyncio.run(main())
