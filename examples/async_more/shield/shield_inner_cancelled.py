# Cancelling the shielded task itself does reach the awaiter; shielding a
# finished task returns it as is.
import asyncio


async def work():
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(work())
    outer = asyncio.shield(task)
    print("outer is the task:", outer is task)
    asyncio.get_running_loop().call_later(0.01, task.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "task cancelled:", task.cancelled())

    done = asyncio.create_task(asyncio.sleep(0, "value"))
    await done
    same = asyncio.shield(done)
    print("shield of a done task is the task:", same is done, await same)

    async def failing():
        await asyncio.sleep(0.01)
        raise KeyError("missing")

    try:
        await asyncio.shield(failing())
    except KeyError as e:
        print("exception passes through:", repr(e))


asyncio.run(main())
