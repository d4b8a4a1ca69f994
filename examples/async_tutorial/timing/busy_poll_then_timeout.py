# Busy polling does not stop the clock: a wait_for timeout still fires while a
# task spins on sleep(0), and a short burst of polling does not use up a long
# timeout.
import asyncio


async def spin_forever():
    while True:
        await asyncio.sleep(0)


async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return f"{n} polls done"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.wait_for(spin(500), timeout=5))
    try:
        await asyncio.wait_for(spin_forever(), timeout=0.3)
    except TimeoutError:
        print(f"spinner timed out after {loop.time() - start:.1f} s")


asyncio.run(main())
