# current_task() is the task whose code is running right now.
import asyncio


async def helper():
    # a plain awaited coroutine runs inside its caller's task
    return asyncio.current_task().get_name()


async def worker():
    t = asyncio.current_task()
    print("worker runs in", t.get_name())
    print("helper runs in", await helper())
    return t


async def main():
    print("main runs in", asyncio.current_task().get_name())
    print("helper runs in", await helper())
    task = asyncio.create_task(worker(), name="worker-task")
    returned = await task
    print("worker's current_task is its task:", returned is task)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside a loop:", e)
