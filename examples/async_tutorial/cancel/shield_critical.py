# shield(): the outer await is cancelled, the shielded work keeps running.
import asyncio


async def save_to_db(data):
    print("saving", data)
    await asyncio.sleep(0.2)
    print("saved", data)
    return "ok"


async def handler():
    try:
        return await asyncio.shield(save_to_db("order-1"))
    except asyncio.CancelledError:
        print("handler cancelled, but the save continues")
        raise


async def main():
    t = asyncio.create_task(handler())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("handler task cancelled:", t.cancelled())
    await asyncio.sleep(0.3)
    print("done waiting")

    # shield with a timeout around it
    inner = asyncio.create_task(save_to_db("order-2"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out; inner still running:", not inner.done())
    print("inner result:", await inner)


asyncio.run(main())
