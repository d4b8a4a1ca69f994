# Cancelling the task that runs a TaskGroup cancels the group's tasks and
# propagates CancelledError (not an ExceptionGroup).
import asyncio


async def child(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def parent(log, wait_in_body):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("a", log))
        tg.create_task(child("b", log))
        if wait_in_body:
            await asyncio.sleep(1)
    log.append("parent: not reached")


async def main():
    for wait_in_body in (True, False):
        log = []
        task = asyncio.create_task(parent(log, wait_in_body))
        await asyncio.sleep(0.01)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("parent cancelled:", task.cancelled(), sorted(log))


asyncio.run(main())
