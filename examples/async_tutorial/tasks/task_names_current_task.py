# Naming tasks and asking "who am I?" with current_task().
import asyncio


async def worker(delay):
    me = asyncio.current_task()
    print(f"{me.get_name()} started")
    await asyncio.sleep(delay)
    print(f"{me.get_name()} finished")
    return me.get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(worker(0.2), name="downloader")
    t2 = asyncio.create_task(worker(0.1))
    t3 = asyncio.create_task(worker(0.15))
    t3.set_name("renamed")
    print(await asyncio.gather(t1, t2, t3))
    print(await asyncio.gather(worker(0.05), worker(0.01)))


asyncio.run(main())
