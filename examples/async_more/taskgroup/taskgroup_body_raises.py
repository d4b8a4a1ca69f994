# An exception in the body of the async with cancels the group's tasks
# and joins the ExceptionGroup.
import asyncio


async def worker(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("worker cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(log))
            await asyncio.sleep(0.01)
            raise KeyError("bad key in the body")
    except* KeyError as eg:
        print("caught", repr(eg))
    print(log)


asyncio.run(main())
