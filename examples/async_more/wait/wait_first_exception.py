# wait(return_when=FIRST_EXCEPTION) returns at the first failure (or when
# all are done if none fails); the exceptions stay inside the tasks.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def main():
    tasks = [
        asyncio.create_task(job("ok-fast", 0.01), name="ok-fast"),
        asyncio.create_task(job("bad", 0.02, fail=True), name="bad"),
        asyncio.create_task(job("ok-slow", 0.1), name="ok-slow"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), "->", repr(t.exception()))
    await asyncio.wait(pending)

    tasks = [asyncio.create_task(job(n, 0.01 * i), name=n) for i, n in enumerate("xyz", 1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("no failure: all done =", len(done) == 3, "pending =", len(pending))


asyncio.run(main())
