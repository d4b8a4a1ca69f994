# as_completed with a timeout: the remaining ones raise TimeoutError.
import asyncio


async def job(n):
    await asyncio.sleep(n * 0.1)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 5, 2)]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.35):
            print("finished job", await fut)
    except asyncio.TimeoutError:
        print("gave up waiting")
    print("still pending:", sorted(t.get_name() for t in tasks if not t.done()))
    for t in tasks:
        t.cancel()


asyncio.run(main())
