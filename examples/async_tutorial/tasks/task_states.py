# Inspecting done()/cancelled()/result()/exception() at different moments.
import asyncio


async def ok():
    await asyncio.sleep(0.05)
    return "ok"


async def boom():
    await asyncio.sleep(0.05)
    raise KeyError("missing")


async def forever():
    await asyncio.sleep(10)


async def main():
    a = asyncio.create_task(ok())
    b = asyncio.create_task(boom())
    c = asyncio.create_task(forever())
    print("before:", a.done(), b.done(), c.done())
    try:
        a.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.1)
    c.cancel()
    await asyncio.sleep(0)
    print("after:", a.done(), b.done(), c.done())
    print("a:", a.result(), a.exception())
    print("b:", repr(b.exception()))
    print("c cancelled:", c.cancelled())
    try:
        c.result()
    except asyncio.CancelledError:
        print("c.result() raised CancelledError")
    try:
        b.result()
    except KeyError as e:
        print("b.result() raised KeyError", e)


asyncio.run(main())
