# Merge two async generators into one stream through a queue (a blog classic).
import asyncio


async def stream(name, delay, count):
    for i in range(count):
        await asyncio.sleep(delay)
        yield f"{name}{i}"


async def merge(*gens):
    q = asyncio.Queue()
    done = object()

    async def pump(g):
        async for item in g:
            await q.put(item)
        await q.put(done)

    tasks = [asyncio.create_task(pump(g)) for g in gens]
    finished = 0
    while finished < len(tasks):
        item = await q.get()
        if item is done:
            finished += 1
        else:
            yield item


async def main():
    out = [x async for x in merge(stream("a", 0.1, 3), stream("b", 0.25, 2))]
    print(out)


asyncio.run(main())
