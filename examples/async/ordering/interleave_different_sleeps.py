# Tasks with different sleep lengths wake up in the order of their deadlines.
import asyncio


async def ticker(name, delay, times):
    for i in range(times):
        await asyncio.sleep(delay)
        print(f"{name} tick {i} (every {delay}s)")


async def main():
    await asyncio.gather(
        ticker("slow", 0.45, 2),
        ticker("fast", 0.1, 4),
        ticker("mid", 0.25, 2),
    )


asyncio.run(main())
