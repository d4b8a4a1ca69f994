# asyncio.sleep(delay, result) returns result after the delay.
import asyncio


async def main():
    a = await asyncio.sleep(0.01)
    b = await asyncio.sleep(0.01, "woke up")
    c = await asyncio.sleep(0, [1, 2])
    print(a, b, c)
    d = await asyncio.gather(asyncio.sleep(0.02, "slow"), asyncio.sleep(0.01, "fast"))
    print(d)


asyncio.run(main())
