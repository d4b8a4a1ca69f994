# golden: stderr
# A task fails and nobody awaits it or asks for its exception: when the task
# is destroyed, the loop logs "Task exception was never retrieved".
import asyncio


async def fragile():
    print("fragile starts")
    await asyncio.sleep(0.01)
    raise ValueError("something broke")


async def main():
    asyncio.create_task(fragile())
    await asyncio.sleep(0.1)
    print("main ends without looking at the task")


asyncio.run(main())
print("program ends")
