# asyncio.wait with FIRST_EXCEPTION and ALL_COMPLETED; results sorted because wait returns sets.
import asyncio


async def ok(n):
    await asyncio.sleep(n * 0.1)
    return n


async def bad():
    await asyncio.sleep(0.15)
    raise ValueError("bad one")


async def main():
    tasks = [asyncio.create_task(ok(1)), asyncio.create_task(bad()), asyncio.create_task(ok(3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", len(done), "pending:", len(pending))
    for t in sorted(done, key=tasks.index):
        print(" ", "exception" if t.exception() else "result", t.exception() or t.result())
    done, pending = await asyncio.wait(tasks)
    print("after ALL_COMPLETED:", len(done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    print("already done:", len(done))


asyncio.run(main())
