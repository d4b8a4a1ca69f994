# Task inherits from Future: a Task has all the Future methods.
import asyncio

print(issubclass(asyncio.Task, asyncio.Future))
print(asyncio.Task.__mro__[1].__name__)


async def job():
    return 7


async def main():
    task = asyncio.create_task(job())
    for name in ["done", "result", "exception", "cancel", "cancelled",
                 "add_done_callback", "get_name", "get_coro"]:
        print(name, hasattr(task, name))
    print(await task)
    print(type(task.get_coro()).__name__)


asyncio.run(main())
