# When one gathered coroutine fails, gather raises at once but the others keep going
# (they are not cancelled); a common surprise written up in blog posts.
import asyncio


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise


async def failing():
    await asyncio.sleep(0.05)
    raise RuntimeError("failing task")


async def main():
    try:
        await asyncio.gather(slow("first", 0.1), failing(), slow("second", 0.2))
    except RuntimeError as e:
        print("gather raised:", e)
    print("tasks still alive:", len(asyncio.all_tasks()) - 1)
    await asyncio.sleep(0.3)
    print("tasks still alive:", len(asyncio.all_tasks()) - 1)


asyncio.run(main())
