# gather turns each coroutine into a task, which gets the next task name.
import asyncio


async def who():
    return asyncio.current_task().get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    print(await asyncio.gather(who(), who(), who()))
    print(await asyncio.gather(who()))
    # asyncio.create_task numbers the task first and renames it afterwards,
    # so the name "Task-6" is used up here
    t = asyncio.create_task(who(), name="mine")
    print(await asyncio.gather(t, who()))


asyncio.run(main())
