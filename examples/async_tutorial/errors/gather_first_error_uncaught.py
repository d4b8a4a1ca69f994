# gather without return_exceptions: the first failure propagates out of asyncio.run.
import asyncio


async def step(n):
    await asyncio.sleep(0.05 * n)
    print("step", n)
    if n == 2:
        raise IndexError(f"step {n} failed")
    return n


async def main():
    results = await asyncio.gather(step(1), step(2), step(3))
    print(results)


asyncio.run(main())
print("not reached")
