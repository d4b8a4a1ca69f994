# "Make 10,000 requests concurrently": gather scales to thousands of coroutines.
import asyncio
import time


async def fake_request(i):
    await asyncio.sleep(0.1)
    return i % 7


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(fake_request(i) for i in range(10_000)))
    elapsed = time.perf_counter() - start
    print(len(results), "responses, checksum", sum(results))
    print("finished in under 5 s:", elapsed < 5)


asyncio.run(main())
