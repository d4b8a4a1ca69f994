# asyncio.timeout expires and the TimeoutError is not caught.
import asyncio


async def main():
    async with asyncio.timeout(0.1):
        print("sleeping inside timeout")
        await asyncio.sleep(0.5)
    print("not reached")


asyncio.run(main())
