# A cancelled asyncio.sleep() cancels its timer: the loop does not keep
# waiting for it, so the program ends right away.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sleepers = [asyncio.create_task(asyncio.sleep(60)) for _ in range(3)]
    await asyncio.sleep(0.01)
    for s in sleepers:
        s.cancel()
    results = await asyncio.gather(*sleepers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("finished long before 60s:", loop.time() - start < 1)


asyncio.run(main())
