# 3.11 asyncio.Barrier: workers wait for each other at the end of every round.
import asyncio


async def worker(name, barrier, delays):
    for rnd, d in enumerate(delays):
        await asyncio.sleep(d)
        print(f"{name} finished round {rnd}")
        pos = await barrier.wait()
        if pos == 0:
            print(f"--- round {rnd} complete ---")


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(
        worker("A", barrier, [0.1, 0.3]),
        worker("B", barrier, [0.2, 0.1]),
        worker("C", barrier, [0.3, 0.2]),
    )
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)


asyncio.run(main())
