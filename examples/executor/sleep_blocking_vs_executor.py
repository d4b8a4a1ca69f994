# time.sleep inside coroutines blocks the event loop: gathered "concurrent"
# coroutines still run one after another and the times add up (1 + 2 = 3).
# The same time.sleep calls handed to the executor overlap: the total is
# the longest one (2).
import asyncio
import time


async def blocking(sec):
    time.sleep(sec)
    return sec


async def in_executor(sec):
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, sec)
    return sec


async def main():
    start = time.monotonic()
    print('blocking   :', await asyncio.gather(blocking(1), blocking(2)))
    print('elapsed    :', round(time.monotonic() - start))

    start = time.monotonic()
    print('in executor:', await asyncio.gather(in_executor(1), in_executor(2)))
    print('elapsed    :', round(time.monotonic() - start))


asyncio.run(main())
