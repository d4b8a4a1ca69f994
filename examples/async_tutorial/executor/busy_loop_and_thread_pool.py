# A task polls a flag with sleep(0) while the main task awaits two to_thread calls;
# the pool thread must still get to run.
import asyncio


def blocking(n):
    return n * 2


async def main():
    stop = False

    async def spinner():
        spins = 0
        while not stop:
            spins += 1
            await asyncio.sleep(0)
        return spins > 0

    t = asyncio.create_task(spinner())
    print(await asyncio.to_thread(blocking, 1))
    print(await asyncio.to_thread(blocking, 2))
    stop = True
    print("spinner ran:", await t)


asyncio.run(main())
