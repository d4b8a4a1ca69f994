# A TaskGroup child fails and the ExceptionGroup escapes asyncio.run.
import asyncio


async def job(n):
    await asyncio.sleep(0.05 * n)
    if n == 2:
        raise ValueError("job 2 exploded")
    print("job", n, "ok")


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(job(n))


asyncio.run(main())
