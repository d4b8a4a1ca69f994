# golden: stderr
# Once exception() (or await) has seen a task's error, nothing is logged:
# stderr stays empty.
import asyncio


async def fragile(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"broke {n}")


async def main():
    t1 = asyncio.create_task(fragile(1))
    t2 = asyncio.create_task(fragile(2))
    await asyncio.sleep(0.1)
    print("t1 exception:", repr(t1.exception()))
    try:
        await t2
    except ValueError as e:
        print("t2 raised:", e)


asyncio.run(main())
