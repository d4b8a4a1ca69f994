# Condition: consumers wait for data; the producer notifies one, then all.
import asyncio


async def consumer(cond, name, box):
    async with cond:
        print(f"{name} waiting")
        await cond.wait()
        item = box.pop(0) if box else None
        print(f"{name} woke up, took {item}")


async def producer(cond, box):
    await asyncio.sleep(0.05)
    async with cond:
        box.append("first")
        print("notify(1)")
        cond.notify(1)
    await asyncio.sleep(0.05)
    async with cond:
        box.extend(["second", "third"])
        print("notify_all()")
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    box = []
    await asyncio.gather(*(consumer(cond, f"c{i}", box) for i in range(3)), producer(cond, box))
    print("left:", box)


asyncio.run(main())
