# One task in a TaskGroup fails: the others are cancelled, and the
# failure is raised as an ExceptionGroup, caught here with except*.
import asyncio


async def worker(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def broken(delay):
    await asyncio.sleep(delay)
    raise ConnectionError("lost connection")


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("fast", 0.01, log))
            tg.create_task(broken(0.02))
            tg.create_task(worker("slow-1", 0.1, log))
            tg.create_task(worker("slow-2", 0.1, log))
    except* ConnectionError as eg:
        print("caught:", repr(eg))
        print("message:", eg.message)
        print("sub-exceptions:", eg.exceptions)
    for line in sorted(log):
        print(line)


asyncio.run(main())
