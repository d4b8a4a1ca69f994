# wait()'s argument checks (CPython 3.11): no empty collection, a valid
# return_when, no single future, and no bare coroutines.
import asyncio


async def job():
    await asyncio.sleep(0.01)
    return "job"


async def main():
    task = asyncio.create_task(job())
    for args, kwargs in [(([],), {}), (([task],), {"return_when": "SOMETIMES"}), ((task,), {})]:
        try:
            await asyncio.wait(*args, **kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    coro = job()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    print("the coroutine can still be awaited:", await coro)
    done, _ = await asyncio.wait([task])
    print([t.result() for t in done])


asyncio.run(main())
