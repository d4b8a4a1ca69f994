# Async generators whose finally blocks await: a loop closes an abandoned one in a task
# of its own, and asyncio.run closes the ones still suspended when main() returns.
import asyncio
async def gen(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.01)
    finally:
        print(name, "closing")
        await asyncio.sleep(0.01)
        print(name, "closed")
async def main():
    async for x in gen("A"):
        if x == 1:
            break
    print("after A")
    g = gen("B")
    await g.__anext__()
    del g
    print("after B")
    await asyncio.sleep(0.1)
    h = gen("C")
    await h.asend(None)
    return h
h = asyncio.run(main())
print("end")
