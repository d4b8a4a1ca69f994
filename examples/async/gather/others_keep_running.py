# After gather has raised, the other awaitables are NOT cancelled: they
# keep running and finish later.
import asyncio


async def slow(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished anyway")
    return name


async def broken():
    await asyncio.sleep(0.1)
    raise RuntimeError("broken")


async def main():
    t = asyncio.create_task(slow("t", 0.2))
    try:
        await asyncio.gather(broken(), t, slow("coro", 0.3))
    except RuntimeError as e:
        print("caught", e, "- t done?", t.done())
    await asyncio.sleep(0.4)
    print("t done?", t.done(), "result:", t.result())


asyncio.run(main())
