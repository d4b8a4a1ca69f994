# The docs' say_after example awaited one after the other: about 0.3 s in total.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    start = time.perf_counter()
    print(f"started at {time.perf_counter() - start:.1f}")

    await say_after(0.1, 'hello')
    await say_after(0.2, 'world')

    print(f"finished at {time.perf_counter() - start:.1f}")


asyncio.run(main())
