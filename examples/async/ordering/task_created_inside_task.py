# A task can create more tasks; each new task joins the back of the queue.
import asyncio


async def child(name):
    print("child", name, "runs")
    await asyncio.sleep(0)
    print("child", name, "ends")


async def parent():
    print("parent starts")
    asyncio.create_task(child("c1"))
    print("parent created c1")
    await asyncio.sleep(0)
    asyncio.create_task(child("c2"))
    print("parent created c2")
    await asyncio.sleep(0)
    print("parent ends")


async def main():
    p = asyncio.create_task(parent())
    asyncio.create_task(child("m1"))
    await p
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main())
