# gather accepts coroutines (wrapped into tasks) and tasks, in any mix.
import asyncio


async def square(x):
    await asyncio.sleep(0.01 * x)
    return x * x


async def main():
    t1 = asyncio.create_task(square(3))
    t2 = asyncio.create_task(square(1))
    results = await asyncio.gather(square(2), t1, square(4), t2)
    print(results)
    print("t1 result:", t1.result(), "t2 result:", t2.result())


asyncio.run(main())
