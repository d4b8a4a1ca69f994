# call_later callbacks run by deadline; equal delays keep their order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, print, "0.3 s")
    loop.call_later(0.1, print, "0.1 s (first)")
    loop.call_later(0.2, print, "0.2 s")
    loop.call_later(0.1, print, "0.1 s (second)")
    loop.call_soon(print, "soon")
    print("all scheduled")
    await asyncio.sleep(0.4)
    print("main done")


asyncio.run(main())
