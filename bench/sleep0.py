# 10 tasks, each yielding to the event loop 50,000 times with
# asyncio.sleep(0): 500,000 trips through the loop's ready queue.
import asyncio


async def spinner(k, n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0)
        total += i % (k + 2)
    return total


async def main():
    results = await asyncio.gather(*(spinner(k, 50_000) for k in range(10)))
    return len(results), sum(results)


print("sleep0 checksum:", *asyncio.run(main()))
