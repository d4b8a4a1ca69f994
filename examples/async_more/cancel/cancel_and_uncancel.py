# Task.cancelling() counts cancel requests; uncancel() takes one back.
# A task that catches CancelledError and goes on is not cancelled.
import asyncio


async def resilient(started):
    task = asyncio.current_task()
    for attempt, delay in enumerate((1, 0.01, 1)):
        started[attempt].set()
        try:
            await asyncio.sleep(delay)
            print("attempt", attempt, "completed")
        except asyncio.CancelledError:
            print("attempt", attempt, "cancelled; cancelling() =", task.cancelling())
            print("  uncancel() ->", task.uncancel())
    return "survived"


async def main():
    started = [asyncio.Event() for _ in range(3)]
    task = asyncio.create_task(resilient(started))
    await started[0].wait()
    task.cancel()
    await started[2].wait()
    task.cancel()
    task.cancel()
    print("two more requests: cancelling() =", task.cancelling())
    print("result:", await task, "cancelled:", task.cancelled())


asyncio.run(main())
