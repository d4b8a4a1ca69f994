# call_soon, call_later and call_at with loop.time(), the low-level scheduling API.
import asyncio


def cb(label, loop, start):
    print(f"{label} at +{loop.time() - start:.1f}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.2, cb, "call_later(0.2)", loop, start)
    loop.call_at(start + 0.1, cb, "call_at(+0.1)", loop, start)
    loop.call_soon(cb, "call_soon", loop, start)
    h = loop.call_later(0.15, cb, "cancelled one", loop, start)
    h.cancel()
    print("handle cancelled:", h.cancelled())
    print("scheduled, now sleeping")
    await asyncio.sleep(0.3)
    print("main done")


asyncio.run(main())
