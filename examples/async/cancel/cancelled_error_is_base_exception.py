# CancelledError derives from BaseException, so "except Exception" misses it.
import asyncio

print(issubclass(asyncio.CancelledError, Exception))
print(issubclass(asyncio.CancelledError, BaseException))


async def careless():
    try:
        await asyncio.sleep(5)
    except Exception:
        print("never reached")
    finally:
        print("careless: finally")


async def main():
    task = asyncio.create_task(careless())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except Exception:
        print("not an Exception")
    except asyncio.CancelledError:
        print("main: CancelledError")


asyncio.run(main())
