# asyncio.timeout_at() takes an absolute deadline on the loop's clock.
import asyncio


async def step(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.2
    results = []
    try:
        async with asyncio.timeout_at(deadline) as cm:
            for i, delay in enumerate([0.01, 0.01, 1, 0.01]):
                results.append(await step(i, delay))
    except TimeoutError:
        print("stopped at the deadline after", len(results), "steps")
    print("when() is the deadline:", cm.when() == deadline)

    try:
        async with asyncio.timeout_at(loop.time() - 5):
            print("a past deadline still runs the block until it awaits")
            await step(0, 0.01)
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
