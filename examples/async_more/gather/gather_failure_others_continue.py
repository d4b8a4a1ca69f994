# gather() without return_exceptions raises the first failure at once,
# but does not cancel the other awaitables: they run on and finish.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(name, "finished")
    return name


async def main():
    tasks = [
        asyncio.create_task(job("a", 0.02)),
        asyncio.create_task(job("b", 0.01, fail=True)),
        asyncio.create_task(job("c", 0.03)),
    ]
    try:
        await asyncio.gather(*tasks)
    except ValueError as e:
        print("gather raised:", e)
    print("done right after the failure:", [t.done() for t in tasks])
    await asyncio.sleep(0.05)
    print("done later:", [t.done() for t in tasks])
    print("results:", tasks[0].result(), tasks[2].result())


asyncio.run(main())
