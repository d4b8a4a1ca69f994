# Old-style loop: a background task is still pending when the loop is closed;
# CPython warns "Task was destroyed but it is pending!" at exit. (Whether that
# report shows the coroutine "running" or "done" depends on CPython's garbage
# collector's history, so only stdout is compared.)
import asyncio


async def background():
    while True:
        await asyncio.sleep(0.05)


async def main():
    asyncio.ensure_future(background())
    await asyncio.sleep(0.1)
    print("main done")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
loop.close()
print("closed")
