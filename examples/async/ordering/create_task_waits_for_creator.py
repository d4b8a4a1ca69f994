# create_task only schedules the task: it starts when the creator awaits.
import asyncio


async def worker():
    print("worker runs")


async def main():
    task = asyncio.create_task(worker())
    print("task created, done =", task.done())
    for i in range(3):
        print("main still busy", i)
    print("main awaits now")
    await task
    print("task done =", task.done())


asyncio.run(main())
