# TaskGroup: tasks made with tg.create_task() are all awaited when the
# async with block ends.
import asyncio


async def fetch(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("users", 0.02))
        t2 = tg.create_task(fetch("orders", 0.01))
        print("tasks created; the block waits for them on exit")
    print("after the block:", t1.result(), t2.result())
    print(repr(tg))


asyncio.run(main())
