# If the inner coroutine catches the cancellation and returns, wait_for
# returns that value instead of raising TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print("stubborn: cancelled, returning a fallback")
        return "fallback"


async def failing_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")


async def main():
    print("result:", await asyncio.wait_for(stubborn(), 0.02))
    try:
        await asyncio.wait_for(failing_cleanup(), 0.02)
    except RuntimeError as e:
        print("error from inner:", e)


asyncio.run(main())
