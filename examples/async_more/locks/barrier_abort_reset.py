# Barrier.reset() and abort() wake the waiting tasks with
# BrokenBarrierError; an aborted barrier stays broken.
import asyncio


async def party(barrier, name):
    try:
        index = await barrier.wait()
        print(name, "passed", index)
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError:", e)


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(barrier, f"p{i}")) for i in range(2)]
    await asyncio.sleep(0.01)
    print("waiting:", barrier.n_waiting)
    await barrier.reset()
    await asyncio.gather(*tasks)
    print(repr(barrier).split(" [")[1])

    tasks = [asyncio.create_task(party(barrier, f"q{i}")) for i in range(2)]
    await asyncio.sleep(0.01)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken:", barrier.broken, repr(barrier).split(" [")[1])
    await party(barrier, "late")
    async with asyncio.Barrier(1) as index:
        print("single-party barrier as a context manager:", index)


asyncio.run(main())
