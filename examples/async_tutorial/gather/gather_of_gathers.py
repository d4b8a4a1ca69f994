# gather of gathers: groups of work, results nested the same way.
import asyncio


async def square(x):
    await asyncio.sleep(0.05 * (5 - x))
    print("square", x)
    return x * x


async def main():
    group1 = asyncio.gather(*(square(i) for i in range(3)))
    group2 = asyncio.gather(*(square(i) for i in range(3, 5)))
    all_groups = asyncio.gather(group1, group2)
    results = await all_groups
    print(results)
    print(sum(sum(r) for r in results))


asyncio.run(main())
