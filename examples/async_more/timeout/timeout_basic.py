# asyncio.timeout(): the block is cancelled at the deadline and the
# CancelledError becomes TimeoutError when leaving the block.
import asyncio


async def main():
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("fast block: expired =", cm.expired(), repr(cm))

    try:
        async with asyncio.timeout(0.02) as cm:
            print("inside:", repr(cm).split()[1])
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("slow block: TimeoutError, expired =", cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when(), repr(cm))
        await asyncio.sleep(0.01)
    print("current task cancelling():", asyncio.current_task().cancelling())


asyncio.run(main())
