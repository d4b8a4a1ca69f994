# Tasks and call_soon callbacks share one ready queue, in scheduling order.
import asyncio


async def task_body(name):
    print("task", name, "runs")
    await asyncio.sleep(0)
    print("task", name, "runs again")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    asyncio.create_task(task_body("A"))
    loop.call_soon(print, "callback 2")
    asyncio.create_task(task_body("B"))
    loop.call_soon(print, "callback 3")
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    await asyncio.sleep(0)
    print("main back again")


asyncio.run(main())
