# Misusing a Timeout raises RuntimeError with CPython's messages.
import asyncio


async def main():
    cm = asyncio.timeout(1)
    print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("outside a loop:", e)
