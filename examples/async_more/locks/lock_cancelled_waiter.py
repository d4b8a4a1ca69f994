# A task cancelled while waiting for a Lock leaves the queue; one woken
# and cancelled before it runs passes the lock on to the next waiter.
import asyncio


async def worker(lock, name, log):
    try:
        async with lock:
            log.append(f"{name} acquired")
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = {name: asyncio.create_task(worker(lock, name, log)) for name in "ABCD"}
    await asyncio.sleep(0)
    print(repr(lock).split(" [")[1])
    tasks["B"].cancel()          # cancelled while waiting
    lock.release()               # wakes A...
    tasks["A"].cancel()          # ...which is cancelled before it runs
    await asyncio.gather(*tasks.values())
    print(log)
    print(repr(lock).split(" [")[1])


asyncio.run(main())
