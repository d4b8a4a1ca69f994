# The docs' say_after example with create_task: both run concurrently,
# so the whole thing takes about 0.2 s instead of 0.3 s.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    task1 = asyncio.create_task(
        say_after(0.1, 'hello'))

    task2 = asyncio.create_task(
        say_after(0.2, 'world'))

    start = time.monotonic()
    print(f"started at {time.monotonic() - start:.1f}")

    # Wait until both tasks are completed (should take
    # around 0.2 seconds.)
    await task1
    await task2

    print(f"finished at {time.monotonic() - start:.1f}")


asyncio.run(main())
