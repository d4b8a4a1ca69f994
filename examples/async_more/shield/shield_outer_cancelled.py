# shield(): cancelling the waiter does not cancel the shielded task,
# which runs to completion and can still be awaited.
import asyncio


async def save(data):
    print("save: writing", data)
    await asyncio.sleep(0.05)
    print("save: written")
    return len(data)


async def handler(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print("handler: cancelled, the save goes on")
        raise


async def main():
    task = asyncio.create_task(save("record"))
    h = asyncio.create_task(handler(task))
    await asyncio.sleep(0.01)
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print("main: handler cancelled; save cancelled =", task.cancelled())
    print("main: save returned", await task)


asyncio.run(main())
