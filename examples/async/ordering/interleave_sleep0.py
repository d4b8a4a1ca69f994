# Three tasks that yield with sleep(0) take turns round-robin.
import asyncio


async def count(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "finished")


async def main():
    await asyncio.gather(count("A", 3), count("B", 2), count("C", 4))


asyncio.run(main())
