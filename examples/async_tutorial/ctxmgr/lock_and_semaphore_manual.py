# acquire()/release() by hand in try/finally instead of async with.
import asyncio


async def critical(lock, name, log):
    await lock.acquire()
    try:
        log.append(f"{name} in")
        await asyncio.sleep(0.01)
        log.append(f"{name} out")
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(critical(lock, n, log) for n in "xyz"))
    print(log)
    sem = asyncio.Semaphore(2)
    print(await sem.acquire(), await sem.acquire(), sem.locked())
    sem.release()
    print(sem.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
