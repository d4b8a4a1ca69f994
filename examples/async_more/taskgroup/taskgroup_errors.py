# TaskGroup misuse: create_task before entering or after it finished,
# entering twice; repr shows the state.
import asyncio


async def job():
    await asyncio.sleep(0)
    return "job"


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = job()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        print("inside:", repr(tg))
        t = tg.create_task(job())
        print("with a task:", repr(tg))
    print("result:", t.result())
    coro = job()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
