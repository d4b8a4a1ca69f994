# A task still pending when the program ends: its coroutine is closed during
# the final cleanup, so its `finally` block runs after the last line.
import asyncio


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(0.05)
            print("beat")
    finally:
        print("heartbeat cleaned up")


async def main():
    asyncio.ensure_future(heartbeat())
    await asyncio.sleep(0.12)
    print("main done")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
loop.close()
print("loop closed")
