# A failure comes out of the awaitable for its turn; the others can still
# be collected afterwards.
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError("job 2 failed")
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    for aw in asyncio.as_completed(tasks):
        try:
            print("ok:", await aw)
        except ValueError as e:
            print("error:", e)
    try:
        asyncio.as_completed(tasks[0])
        next(asyncio.as_completed(tasks[0]))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
