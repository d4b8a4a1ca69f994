# Callbacks of a Future and a task awaiting it are woken in the order they
# were registered: here the task registered its wake-up first.
import asyncio


async def waiter(fut):
    print("waiter waiting")
    await fut
    print("waiter resumed")


async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("callback runs"))
    fut.set_result(1)
    print("result set")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
