# asyncio.to_thread keeps the loop responsive: a ticker runs while the thread blocks.
import asyncio
import time


def blocking_task(seconds):
    time.sleep(seconds)
    return f"slept {seconds}s in a thread"


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    start = time.perf_counter()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_task, 0.37), ticker())
    print(result)
    print(f"elapsed {time.perf_counter() - start:.1f}")


asyncio.run(main())
