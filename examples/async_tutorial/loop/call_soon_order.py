# call_soon callbacks run in FIFO order, interleaved with task steps.
import asyncio


async def task(name):
    print(f"{name} step 1")
    await asyncio.sleep(0)
    print(f"{name} step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    t = asyncio.create_task(task("T"))
    loop.call_soon(print, "callback 2")
    print("main before await")
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    await t
    print("main end")


asyncio.run(main())
