# golden: skip (known issue, being fixed)
# Elapsed times printed rounded, where the exact sleep total sits on a rounding
# edge: the real clock always runs a little over, so CPython rounds up.
import asyncio
import time


async def main():
    start = time.perf_counter()
    await asyncio.sleep(0.25)
    elapsed = time.perf_counter() - start
    print(f"took {elapsed:.1f}s, round -> {round(elapsed, 1)}")

    start = time.perf_counter()
    await asyncio.sleep(0.5)
    print(f"took {time.perf_counter() - start:.0f}s")

    start = time.monotonic()
    for d in (0.19, 0.43, 0.43):
        await asyncio.sleep(d)
    print(f"three naps took {time.monotonic() - start:.1f}s")


asyncio.run(main())
