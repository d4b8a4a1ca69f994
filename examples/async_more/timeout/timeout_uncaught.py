# An expired asyncio.timeout() nobody catches: TimeoutError ends the
# program (chained from the CancelledError).
import asyncio


async def main():
    async with asyncio.timeout(0.01):
        print("waiting")
        await asyncio.sleep(1)


asyncio.run(main())
