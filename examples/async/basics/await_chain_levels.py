# Nested coroutines: each await runs the callee to completion before going on.
import asyncio


async def level3():
    print("    level3 start")
    await asyncio.sleep(0.01)
    print("    level3 end")
    return 3


async def level2():
    print("  level2 start")
    n = await level3()
    print("  level2 got", n)
    return n * 10


async def level1():
    print("level1 start")
    n = await level2()
    print("level1 got", n)
    return n + 1


print("final:", asyncio.run(level1()))
