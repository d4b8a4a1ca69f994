# A task may catch CancelledError and return normally: then it is not
# cancelled, it has a result.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn: caught the cancellation")
        return "partial result"
    return "full result"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    task.cancel()
    result = await task
    print("result:", result)
    print("cancelled:", task.cancelled())


asyncio.run(main())
