# Barrier(3): tasks wait until three arrived, then all go on; wait()
# returns a distinct index to each; the barrier is reusable.
import asyncio


async def runner(barrier, name, delay):
    for round_ in range(2):
        await asyncio.sleep(delay)
        print(f"{name} arrives (round {round_})")
        index = await barrier.wait()
        print(f"{name} passes with index {index}")


async def main():
    barrier = asyncio.Barrier(3)
    print(repr(barrier).split(" [")[1], barrier.parties)
    await asyncio.gather(
        runner(barrier, "a", 0.01), runner(barrier, "b", 0.02), runner(barrier, "c", 0.03))
    print(repr(barrier).split(" [")[1], "broken:", barrier.broken)


asyncio.run(main())
