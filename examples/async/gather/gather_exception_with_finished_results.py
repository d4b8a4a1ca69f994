# With return_exceptions=True every slot is filled, even for a task that
# was cancelled (its slot holds a CancelledError).
import asyncio


async def sleeper(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    victim = asyncio.create_task(sleeper(1))
    asyncio.get_running_loop().call_later(0.1, victim.cancel)
    results = await asyncio.gather(sleeper(0.2), victim, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(results[0], victim.cancelled())


asyncio.run(main())
