# wait() with the default ALL_COMPLETED waits for every task, failed ones
# included, and never raises their exceptions itself.
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError("two is bad")
    return n * n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(1, 5)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), "done,", len(pending), "pending")
    for t in tasks:
        if t.exception():
            print("failed:", t.exception())
        else:
            print("result:", t.result())
    print("ALL_COMPLETED =", repr(asyncio.ALL_COMPLETED))


asyncio.run(main())
