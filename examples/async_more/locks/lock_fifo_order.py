# asyncio.Lock hands itself to waiters in the order they asked (FIFO).
import asyncio


async def use(lock, name, hold):
    print(name, "waiting")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(hold)
    print(name, "released")


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    await asyncio.gather(use(lock, "A", 0.02), use(lock, "B", 0.01), use(lock, "C", 0))
    print("locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
