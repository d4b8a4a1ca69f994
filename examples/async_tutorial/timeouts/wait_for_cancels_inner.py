# When wait_for times out, the inner task is cancelled and its finally runs
# before wait_for raises.
import asyncio


async def slow_operation():
    try:
        print("slow operation started")
        await asyncio.sleep(1)
        print("slow operation finished")
    except asyncio.CancelledError:
        print("slow operation cancelled")
        raise
    finally:
        print("slow operation cleanup")


async def main():
    try:
        await asyncio.wait_for(slow_operation(), timeout=0.1)
    except TimeoutError as e:
        print("caught", type(e).__name__, isinstance(e, asyncio.TimeoutError))
    print("main continues")


asyncio.run(main())
