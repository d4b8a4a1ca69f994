# Tasks are named Task-1, Task-2, ... (asyncio.run's main task is Task-1),
# unless a name is given.
import asyncio


async def job():
    await asyncio.sleep(0)


async def main():
    me = asyncio.current_task()
    print("main:", me.get_name())
    t1 = asyncio.create_task(job())
    # asyncio.create_task(name=...) numbers the task before renaming it:
    # "Task-3" is used up; loop.create_task(name=...) uses up no number
    t2 = asyncio.create_task(job(), name="downloader")
    t3 = asyncio.get_running_loop().create_task(job(), name="via loop")
    t4 = asyncio.create_task(job())
    t5 = asyncio.ensure_future(job())
    for t in [t1, t2, t3, t4, t5]:
        print(t.get_name())
    t4.set_name("renamed")
    print("after set_name:", t4.get_name())
    await asyncio.gather(t1, t2, t3, t4, t5)


asyncio.run(main())
