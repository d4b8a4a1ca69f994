# all_tasks() returns a set of the tasks not done yet (order not defined,
# so sort the names).
import asyncio


async def sleeper(delay):
    await asyncio.sleep(delay)


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    print(names(asyncio.all_tasks()))
    a = asyncio.create_task(sleeper(0.1), name="a")
    b = asyncio.create_task(sleeper(0.3), name="b")
    asyncio.create_task(sleeper(0.2), name="c")
    print(names(asyncio.all_tasks()))
    await a
    print("after a:", names(asyncio.all_tasks()))
    await b
    print("after b:", names(asyncio.all_tasks()))
    print(type(asyncio.all_tasks()).__name__)


asyncio.run(main())
