# 3.11's asyncio.Runner runs several coroutines on one loop.
import asyncio


async def step(n):
    await asyncio.sleep(0.01)
    return n * n


with asyncio.Runner() as runner:
    print(runner.run(step(3)))
    loop = runner.get_loop()
    print(runner.run(step(4)))
    print(loop is runner.get_loop())
print("closed:", loop.is_closed())
