# as_completed(timeout=...): once the timeout passes, every remaining
# await raises TimeoutError; the tasks themselves keep running.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 0.1, 0.02, 0.2)]
    got = []
    timeouts = 0
    for aw in asyncio.as_completed(tasks, timeout=0.05):
        try:
            got.append(await aw)
        except TimeoutError:
            timeouts += 1
    print("results:", got)
    print("timeouts:", timeouts)
    print("still running:", sum(not t.done() for t in tasks))
    for t in tasks:
        t.cancel()


asyncio.run(main())
