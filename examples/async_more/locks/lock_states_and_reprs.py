# The state part of the locks' reprs (the address before it varies).
import asyncio


def state(obj):
    return repr(obj).split(" [")[1][:-2]


async def main():
    lock = asyncio.Lock()
    print(repr(lock).split(" object at ")[0], "|", state(lock))
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    await waiter
    lock.release()
    print(state(lock))
    cond = asyncio.Condition(lock)
    print(repr(cond).split(" object at ")[0], "|", state(cond))
    async with cond:
        print(state(cond), "| same lock:", lock.locked())
    sem = asyncio.Semaphore(2)
    print(repr(sem).split(" object at ")[0], "|", state(sem))
    print(repr(asyncio.BoundedSemaphore()).split(" object at ")[0])
    print(repr(asyncio.Event()).split(" object at ")[0], "|", state(asyncio.Event()))
    print(repr(asyncio.Barrier(2)).split(" object at ")[0], "|", state(asyncio.Barrier(2)))


asyncio.run(main())
