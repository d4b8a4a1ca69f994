# A timer callback can cancel a task, like a simple timeout.
import asyncio


async def long_job():
    for i in range(10):
        print("step", i)
        await asyncio.sleep(0.1)
    return "finished"


async def main():
    task = asyncio.create_task(long_job())
    asyncio.get_running_loop().call_later(0.35, task.cancel)
    try:
        print(await task)
    except asyncio.CancelledError:
        print("job stopped early")


asyncio.run(main())
