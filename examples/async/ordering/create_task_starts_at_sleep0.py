# await asyncio.sleep(0) hands the loop over, so a freshly created task runs.
import asyncio


async def worker(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")


async def main():
    asyncio.create_task(worker("w1"))
    asyncio.create_task(worker("w2"))
    print("main before sleep(0)")
    await asyncio.sleep(0)
    print("main after first sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")


asyncio.run(main())
