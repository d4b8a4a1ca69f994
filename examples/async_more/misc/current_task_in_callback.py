# current_task() is the running task inside coroutines, and None inside
# plain loop callbacks (call_soon, call_later, done callbacks).
import asyncio


def callback(label):
    print(label, "-> current_task():", asyncio.current_task())


async def named():
    print("in task ->", asyncio.current_task().get_name())
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "call_soon")
    await asyncio.sleep(0)


async def main():
    print("main task ->", asyncio.current_task().get_name())
    t = asyncio.create_task(named(), name="worker")
    t.add_done_callback(lambda task: callback(f"done callback of {task.get_name()}"))
    await t
    asyncio.get_running_loop().call_later(0.01, callback, "call_later")
    await asyncio.sleep(0.02)


asyncio.run(main())
