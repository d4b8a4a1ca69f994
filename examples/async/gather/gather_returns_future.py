# gather() returns a future at once; its state can be inspected.
import asyncio


async def job(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    g = asyncio.gather(job(1), job(2))
    print("isfuture:", asyncio.isfuture(g), "done:", g.done())
    await asyncio.sleep(0.2)
    print("done:", g.done(), "result:", g.result())
    print("await again:", await g)


asyncio.run(main())
