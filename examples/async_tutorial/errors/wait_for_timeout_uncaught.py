# wait_for times out and nobody catches it.
import asyncio


async def slow():
    await asyncio.sleep(1)
    return "never"


async def main():
    print("waiting...")
    result = await asyncio.wait_for(slow(), timeout=0.1)
    print(result)


asyncio.run(main())
