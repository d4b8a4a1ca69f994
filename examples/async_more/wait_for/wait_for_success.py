# wait_for returns the result when the awaitable finishes in time; with
# timeout=None it simply awaits; it also accepts futures and tasks.
import asyncio


async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * 10


async def main():
    print(await asyncio.wait_for(compute(1, 0.01), timeout=1))
    print(await asyncio.wait_for(compute(2, 0.02), None))
    task = asyncio.create_task(compute(3, 0.01))
    print(await asyncio.wait_for(task, 0.5), task.done())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(await asyncio.wait_for(fut, 1))


asyncio.run(main())
