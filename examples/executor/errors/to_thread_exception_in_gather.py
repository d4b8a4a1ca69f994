# gather() of to_thread calls: the first exception from a worker propagates
# out of gather and then out of asyncio.run(); the other results are lost.
import asyncio
import time


def divide(a, b, delay):
    time.sleep(delay)
    print(f'dividing {a} by {b}')
    return a / b


async def main():
    results = await asyncio.gather(
        asyncio.to_thread(divide, 1, 2, 0.1),
        asyncio.to_thread(divide, 3, 0, 0.2),
        asyncio.to_thread(divide, 5, 4, 0.3),
    )
    print('never printed', results)


asyncio.run(main())
