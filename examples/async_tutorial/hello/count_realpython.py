# Real Python's countasync.py: three count() calls under gather.
import asyncio
import time


async def count():
    print("One")
    await asyncio.sleep(0.1)
    print("Two")


async def main():
    await asyncio.gather(count(), count(), count())


if __name__ == "__main__":
    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"{__file__.split('/')[-1]} executed in {elapsed:0.1f} seconds.")
