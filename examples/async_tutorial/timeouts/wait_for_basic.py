# wait_for: give up on a slow operation, keep the fast one.
import asyncio


async def eternity():
    await asyncio.sleep(3600)
    print('yay!')


async def quick():
    await asyncio.sleep(0.05)
    return "quick result"


async def main():
    # Wait for at most 0.1 second
    try:
        await asyncio.wait_for(eternity(), timeout=0.1)
    except asyncio.TimeoutError:
        print('timeout!')
    print(await asyncio.wait_for(quick(), timeout=0.2))
    print(await asyncio.wait_for(quick(), None))


asyncio.run(main())
