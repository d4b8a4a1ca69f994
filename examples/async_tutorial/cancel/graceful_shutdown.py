# Graceful shutdown: cancel all other tasks, wait for them, report how each ended.
import asyncio


async def service(name, period):
    n = 0
    try:
        while True:
            await asyncio.sleep(period)
            n += 1
    except asyncio.CancelledError:
        print(f"{name}: stopping after {n} ticks")
        await asyncio.sleep(0.01)  # async cleanup is allowed
        print(f"{name}: closed")
        raise


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancellation")
        return "stubborn result"


async def main():
    tasks = [
        asyncio.create_task(service("db", 0.07), name="db"),
        asyncio.create_task(service("cache", 0.11), name="cache"),
        asyncio.create_task(stubborn(), name="stubborn"),
    ]
    await asyncio.sleep(0.3)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for t in sorted(others, key=lambda t: t.get_name()):
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(t.get_name(), "->", repr(r), "cancelled:", t.cancelled())


asyncio.run(main())
