# 3.11 asyncio.timeout(): the block is cancelled and TimeoutError raised outside it.
import asyncio


async def long_running_task():
    try:
        await asyncio.sleep(10)
    finally:
        print("long_running_task cleanup")


async def main():
    try:
        async with asyncio.timeout(0.1) as cm:
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")
    print("expired:", cm.expired())

    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.05)
    print("expired:", cm2.expired())

    async with asyncio.timeout(None) as cm3:
        cm3.reschedule(asyncio.get_running_loop().time() + 0.05)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    print("unreachable")


try:
    asyncio.run(main())
except TimeoutError as e:
    print("outer caught", type(e).__name__, repr(e))
print("This statement will run regardless.")
