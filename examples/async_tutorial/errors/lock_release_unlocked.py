# Releasing a lock that is not held.
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("inside", lock.locked())
    lock.release()


asyncio.run(main())
