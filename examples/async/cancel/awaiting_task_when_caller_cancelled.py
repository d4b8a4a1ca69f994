# Cancelling the awaiting task also cancels the task it is awaiting;
# the cancellation reaches the awaiting code at its await.
import asyncio


async def child():
    try:
        await asyncio.sleep(1)
        return "child done"
    finally:
        print("child finally, cancelled")


async def parent():
    c = asyncio.create_task(child())
    try:
        return await c
    except asyncio.CancelledError:
        print("parent: cancelled while awaiting child; child done =", c.done())
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("main: parent cancelled =", p.cancelled())


asyncio.run(main())
