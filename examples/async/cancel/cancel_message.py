# cancel(msg) passes the message along in the CancelledError.
import asyncio


async def job():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("inside the task:", e.args)
        raise


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    task.cancel("time is up")
    try:
        await task
    except asyncio.CancelledError as e:
        print("awaiting it:", e.args)


asyncio.run(main())
