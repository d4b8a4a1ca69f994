# BoundedSemaphore refuses to be released more often than acquired.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(0)
    print("locked at 0:", plain.locked())
    plain.release()
    plain.release()
    print(repr(plain).split(" [")[1])


asyncio.run(main())
