# An async generator still suspended when main returns is finalized by
# asyncio.run (loop.shutdown_asyncgens) before run() returns.
import asyncio


async def lines():
    try:
        yield "first line"
        yield "second line"
    finally:
        print("lines() cleanup")


async def main():
    g = lines()
    print(await anext(g))
    print("main done, generator left suspended")
    return g


gen = asyncio.run(main())
print("after run")
