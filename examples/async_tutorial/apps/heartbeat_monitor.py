# A heartbeat monitor: services report in; a watchdog flags the ones that go quiet.
import asyncio


async def service(name, beats, period, last_seen, loop):
    for _ in range(beats):
        await asyncio.sleep(period)
        last_seen[name] = loop.time()


async def watchdog(last_seen, loop, limit, rounds):
    for r in range(rounds):
        await asyncio.sleep(0.27)
        now = loop.time()
        stale = sorted(n for n, t in last_seen.items() if now - t > limit)
        print(f"check {r}: stale={stale}")


async def main():
    loop = asyncio.get_running_loop()
    last_seen = {"api": loop.time(), "db": loop.time(), "queue": loop.time()}
    await asyncio.gather(
        service("api", 10, 0.1, last_seen, loop),
        service("db", 2, 0.1, last_seen, loop),
        service("queue", 4, 0.12, last_seen, loop),
        watchdog(last_seen, loop, 0.2, 4),
    )


asyncio.run(main())
