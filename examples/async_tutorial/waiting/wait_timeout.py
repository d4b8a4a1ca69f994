# asyncio.wait with a timeout does not raise; it returns what is pending.
import asyncio


async def sleeper(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(sleeper(n), name=f"s{n}") for n in (0.05, 0.2, 0.5)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print([t.cancelled() for t in tasks])


asyncio.run(main())
