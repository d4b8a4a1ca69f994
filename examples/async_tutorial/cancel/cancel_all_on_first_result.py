# Query several mirrors, keep the first answer, cancel the rest (happy-eyeballs style).
import asyncio


async def query(mirror, delay):
    try:
        await asyncio.sleep(delay)
        return f"answer from {mirror}"
    except asyncio.CancelledError:
        print(f"{mirror} cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(query(m, d), name=m)
             for m, d in [("eu", 0.2), ("us", 0.1), ("asia", 0.3)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in done:
        print("winner:", t.result())
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel()
    await asyncio.wait(pending)
    print("pending were:", sorted(t.get_name() for t in pending))
    print("all cancelled:", all(t.cancelled() for t in pending))


asyncio.run(main())
