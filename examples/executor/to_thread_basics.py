# asyncio.to_thread runs a blocking function in the default executor and
# passes positional and keyword arguments through; the coroutine awaiting
# it gets the return value.
import asyncio
import time


def blocking_add(a, b, *, delay=0.0, scale=1):
    time.sleep(delay)
    return (a + b) * scale


async def main():
    print(await asyncio.to_thread(blocking_add, 1, 2))
    print(await asyncio.to_thread(blocking_add, 3, 4, delay=0.1, scale=10))
    coro = asyncio.to_thread(blocking_add, 5, 6)
    print(type(coro).__name__)
    print(await coro)

    start = time.monotonic()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_add, 1, 1, delay=0.2),
        asyncio.to_thread(blocking_add, 2, 2, delay=0.1),
        asyncio.to_thread(time.sleep, 0.3),
    )
    print(results, f'{time.monotonic() - start:.1f}')


asyncio.run(main())
