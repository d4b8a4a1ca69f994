# An abandoned async generator is closed by the loop that first iterated it, two
# iterations later; once that loop is closed, nobody closes it (its finally never runs).
import asyncio
async def ticker():
    try:
        yield 1
        yield 2
    finally:
        print("ticker finally")
async def main():
    t = ticker()
    print(await t.__anext__())
    t = None
    print("dropped")
    await asyncio.sleep(0)
    print("slept 0")
    await asyncio.sleep(0)
    print("slept 0 again")
asyncio.run(main())
loop = asyncio.new_event_loop()
async def m2():
    g = ticker()
    await anext(g)
    return g
g = loop.run_until_complete(m2())
loop.close()
del g
print("end")
