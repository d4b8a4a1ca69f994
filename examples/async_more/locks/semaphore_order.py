# Semaphore waiters are served first come, first served; a waiter that was
# woken and then cancelled before running gives its unit to the next one.
import asyncio


async def job(sem, name, log):
    try:
        async with sem:
            log.append(f"{name} in")
            await asyncio.sleep(0.01)
            log.append(f"{name} out")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    tasks = [asyncio.create_task(job(sem, n, log)) for n in "abcd"]
    await asyncio.sleep(0)
    print(repr(sem).split(" [")[1], "| locked:", sem.locked())
    sem.release()        # wakes a...
    tasks[0].cancel()    # ...which is cancelled before it runs
    tasks[2].cancel()    # c is cancelled while still waiting
    await asyncio.gather(*tasks)
    print(log)
    print(repr(sem).split(" [")[1])


asyncio.run(main())
