# The mistake tutorials warn about: time.sleep inside a coroutine blocks every other task.
import asyncio
import time


async def heartbeat(start):
    for _ in range(3):
        print(f"heartbeat at {time.perf_counter() - start:.1f}")
        await asyncio.sleep(0.1)


async def bad_worker():
    time.sleep(0.3)  # blocks the loop!
    print("bad worker done")


async def good_worker():
    await asyncio.sleep(0.3)
    print("good worker done")


async def main():
    start = time.perf_counter()
    await asyncio.gather(heartbeat(start), bad_worker())
    print("---")
    start = time.perf_counter()
    await asyncio.gather(heartbeat(start), good_worker())


asyncio.run(main())
