# golden: stderr
# Forgetting to await asyncio.sleep: there is no pause at all, and the
# warning names the coroutine 'sleep'.
import asyncio
import time


async def main():
    start = time.monotonic()
    print("sleeping?")
    asyncio.sleep(0.5)
    print("slept", round(time.monotonic() - start, 1), "seconds")


asyncio.run(main())
