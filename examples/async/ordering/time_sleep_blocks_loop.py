# time.sleep inside a coroutine blocks the whole loop: the other task can
# only run after it, even though its own sleep was shorter.
import asyncio
import time


async def blocker():
    print("blocker: time.sleep(0.3)")
    time.sleep(0.3)
    print("blocker: woke up")


async def polite():
    print("polite: asyncio.sleep(0.1)")
    await asyncio.sleep(0.1)
    print("polite: woke up")


async def main():
    start = time.monotonic()
    await asyncio.gather(polite(), blocker())
    print(f"total about {time.monotonic() - start:.1f}s")


asyncio.run(main())
