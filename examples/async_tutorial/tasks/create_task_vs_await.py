# "Why didn't my coroutine run concurrently?" awaiting a coroutine directly runs it
# to completion; create_task schedules it and returns immediately.
import asyncio
import time


async def job(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name


async def main():
    t0 = time.perf_counter()
    await job("A", 0.1)
    await job("B", 0.1)
    print(f"await one by one: {time.perf_counter() - t0:.1f}s")

    t0 = time.perf_counter()
    ta = asyncio.create_task(job("C", 0.1))
    tb = asyncio.create_task(job("D", 0.1))
    print("tasks created, nothing printed yet")
    print(await ta, await tb)
    print(f"with tasks: {time.perf_counter() - t0:.1f}s")


asyncio.run(main())
