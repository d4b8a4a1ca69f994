# A function running in a worker thread prints step by step, sleeping
# 0.2 s between steps, while a coroutine on the event loop ticks every
# 0.15 s. The lines interleave in time order: 0.15, 0.2, 0.3, 0.4, 0.45...
import asyncio
import time


def worker(steps):
    print('worker: start')
    for i in range(1, steps + 1):
        time.sleep(0.2)
        print(f'worker: step {i}')
    print('worker: end')
    return steps * 10


async def ticker(count):
    for i in range(1, count + 1):
        await asyncio.sleep(0.15)
        print(f'ticker: tick {i}')


async def main():
    loop = asyncio.get_running_loop()
    print('main: start')
    fut = loop.run_in_executor(None, worker, 3)
    tick = asyncio.create_task(ticker(3))
    result = await fut
    print('main: worker returned', result)
    await tick
    print('main: end')


asyncio.run(main())
