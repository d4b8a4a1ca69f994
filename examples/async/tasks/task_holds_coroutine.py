# A Task is a Future that holds a coroutine (in its _coro field) and drives it.
import asyncio


async def brew(kind):
    await asyncio.sleep(0.01)
    return kind + " tea"


async def main():
    coro = brew("green")
    task = asyncio.create_task(coro)
    print("task holds our coroutine:", task.get_coro() is coro, task._coro is coro)
    print("coroutine name:", task.get_coro().__name__)
    print("state:", task._state)
    print(await task)
    print("state:", task._state)


asyncio.run(main())
