# Tasks are Futures, so they take done callbacks too.
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n * 100


def finished(task):
    print("callback:", task.get_name(), "->", task.result())


async def main():
    tasks = []
    for n in [3, 1, 2]:
        t = asyncio.create_task(job(n), name=f"job{n}")
        t.add_done_callback(finished)
        tasks.append(t)
    await asyncio.gather(*tasks)
    print("gathered")


asyncio.run(main())
