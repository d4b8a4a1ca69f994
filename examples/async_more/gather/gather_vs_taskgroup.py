# The same failing job under gather() and under a TaskGroup: gather lets
# the sibling finish, the TaskGroup cancels it.
import asyncio


async def sibling(log):
    try:
        await asyncio.sleep(0.03)
        log.append("sibling finished")
    except asyncio.CancelledError:
        log.append("sibling cancelled")
        raise


async def failing():
    await asyncio.sleep(0.01)
    raise RuntimeError("boom")


async def main():
    log = []
    s = asyncio.create_task(sibling(log))
    try:
        await asyncio.gather(failing(), s)
    except RuntimeError as e:
        print("gather:", e)
    await s
    print(log)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(sibling(log))
    except* RuntimeError as eg:
        print("TaskGroup:", eg.exceptions)
    print(log)


asyncio.run(main())
