# Condition: notify(n) wakes the first n waiters; each re-acquires the
# lock before its wait() returns; wait_for() re-checks a predicate.
import asyncio


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "takes", items.pop(0))


async def sleeper(cond, name):
    async with cond:
        await cond.wait()
        print(name, "notified, lock held:", cond.locked())


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(sleeper(cond, f"s{i}")) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        print("notify(2)")
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        print("notify_all()")
        cond.notify_all()
    await asyncio.gather(*tasks)

    items = []
    tasks = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(3)]
    for i in range(3):
        await asyncio.sleep(0.01)
        async with cond:
            items.append(f"item{i}")
            cond.notify()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
