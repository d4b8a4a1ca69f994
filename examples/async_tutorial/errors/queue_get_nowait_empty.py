# get_nowait on an empty queue raises QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue()
    await q.put("only")
    print(q.get_nowait())
    print(q.get_nowait())


asyncio.run(main())
