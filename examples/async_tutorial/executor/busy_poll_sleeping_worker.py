# A task polls a pool future with `await asyncio.sleep(0)` while the worker
# sleeps in time.sleep: the ready queue never empties, yet the worker's sleep
# ends and its result comes in.
import asyncio
import time


def slow_square(n):
    time.sleep(0.3)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fut = loop.run_in_executor(None, slow_square, 7)
    polls = 0
    while not fut.done():
        polls += 1
        await asyncio.sleep(0)
    print("result:", fut.result(), "polled:", polls > 0)
    print(f"elapsed: {loop.time() - start:.1f} s")


asyncio.run(main())
