# KeyboardInterrupt and SystemExit in a TaskGroup task are not wrapped in
# an exception group: they come out as they are.
import asyncio


async def stopper():
    await asyncio.sleep(0.01)
    raise SystemExit(3)


async def other(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("other cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stopper())
            tg.create_task(other(log))
    except SystemExit as e:
        print("SystemExit with code", e.code)
    print(log)


asyncio.run(main())
