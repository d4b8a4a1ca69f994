# An exception inside a task surfaces where the task is awaited.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ConnectionError(f"fetch {n} failed")
    return f"page {n}"


async def main():
    tasks = [asyncio.create_task(fetch(n)) for n in range(4)]
    for t in tasks:
        try:
            print(await t)
        except ConnectionError as e:
            print("caught:", e)
    print("all handled")


asyncio.run(main())
