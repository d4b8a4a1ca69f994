# Legacy style: get_event_loop() inside a coroutine returns the running loop.
import asyncio


async def main():
    loop = asyncio.get_event_loop()
    print(loop is asyncio.get_running_loop())
    print(loop.is_running(), loop.is_closed())
    t = loop.create_task(asyncio.sleep(0.01, result="slept"))
    print(await t)
    return loop


loop = asyncio.run(main())
print("after run:", loop.is_running(), loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
