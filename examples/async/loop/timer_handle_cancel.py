# call_later returns a handle; cancelling it means the callback never runs.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_later(0.1, print, "first timer")
    h2 = loop.call_later(0.2, print, "second timer")
    h3 = loop.call_soon(print, "soon callback")
    h2.cancel()
    h3.cancel()
    print("h2 cancelled:", h2.cancelled(), "h1 cancelled:", h1.cancelled())
    await asyncio.sleep(0.3)
    print("done")


asyncio.run(main())
