# Nested TaskGroups: the inner group's ExceptionGroup is an error of the
# outer group, which nests it inside its own ExceptionGroup.
import asyncio


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("deep failure")


async def sleeper(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name)
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(sleeper("outer task", log))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(sleeper("inner task", log))
                inner.create_task(fail(0.01))
    except* ValueError as eg:
        print(repr(eg))
        inner_group = eg.exceptions[0]
        print("nested:", type(inner_group).__name__, inner_group.exceptions)
    print("cancelled:", sorted(log))


asyncio.run(main())
