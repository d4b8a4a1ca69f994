# golden: stderr
# Failed tasks kept only in a list: when the list is dropped, each task logs
# "Task exception was never retrieved" (a list releases its items last to first).
import asyncio


async def child(n):
    await asyncio.sleep(0.01)
    raise KeyError(f"lost {n}")


async def main():
    tasks = [asyncio.create_task(child(n)) for n in range(3)]
    await asyncio.sleep(0.05)
    print("dropping tasks")
    del tasks
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
