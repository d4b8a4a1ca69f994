# Cancelling a task in the middle of a sleep: CancelledError is raised at
# the await, the task can catch it, clean up and re-raise.
import asyncio


async def ticker(three_ticks):
    n = 0
    try:
        while True:
            await asyncio.sleep(0.01)
            n += 1
            print("tick", n)
            if n == 3:
                three_ticks.set()
    except asyncio.CancelledError:
        print("ticker: cancelled after", n, "ticks")
        raise


async def main():
    three_ticks = asyncio.Event()
    task = asyncio.create_task(ticker(three_ticks))
    await three_ticks.wait()
    print("main: cancel() returned", task.cancel())
    print("main: cancelling() =", task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        print("main: task.cancelled() =", task.cancelled())
    print("main: cancel() on a done task returns", task.cancel())


asyncio.run(main())
