# Awaiting a coroutine that never suspends does not give other tasks a turn;
# only a real suspension (sleep, future) does.
import asyncio


async def quick(n):
    return n + 1


async def other():
    print("other task runs")


async def main():
    asyncio.create_task(other())
    x = 0
    for _ in range(3):
        x = await quick(x)
        print("main computed", x)
    print("main suspends")
    await asyncio.sleep(0)
    print("main resumed")


asyncio.run(main())
