# When a task finishes, the coroutine awaiting it is woken by a callback,
# so it resumes one loop iteration later. A ticker shows the steps.
import asyncio


async def ticker():
    for i in range(6):
        print("tick", i)
        await asyncio.sleep(0)


async def worker():
    print("worker starts")
    await asyncio.sleep(0)
    print("worker returns")
    return "w"


async def main():
    asyncio.create_task(ticker())
    w = asyncio.create_task(worker())
    print("main waits for worker")
    result = await w
    print("main got", result)
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main())
