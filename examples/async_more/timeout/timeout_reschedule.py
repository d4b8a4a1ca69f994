# Timeout.reschedule() moves the deadline (or removes it with None);
# when() tells the current deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(loop.time() + 1)
        print("has deadline:", cm.when() is not None)
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("no timeout:", cm.expired())

    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0.01)
            print("shortening the deadline")
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired after reschedule:", cm.expired())

    try:
        async with asyncio.timeout(0.01) as cm:
            cm.reschedule(loop.time() - 1)
            print("deadline in the past: cancelled at the next await")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
