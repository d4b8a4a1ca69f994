# asyncio.timeout_at with a deadline from loop.time(), shared by several steps.
import asyncio


async def step(n):
    await asyncio.sleep(0.1)
    print(f"step {n} done")


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.35
    try:
        async with asyncio.timeout_at(deadline):
            for n in range(10):
                await step(n)
    except TimeoutError:
        print("deadline reached")
    print(f"remaining: {max(0.0, deadline - loop.time()):.1f}")


asyncio.run(main())
