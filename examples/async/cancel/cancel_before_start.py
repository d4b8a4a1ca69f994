# A task cancelled before its first step never runs its body at all.
import asyncio


async def never():
    print("this is never printed")


async def main():
    task = asyncio.create_task(never())
    task.cancel()
    print("cancel requested, done:", task.done())
    await asyncio.sleep(0)
    print("after one turn: cancelled =", task.cancelled())


asyncio.run(main())
