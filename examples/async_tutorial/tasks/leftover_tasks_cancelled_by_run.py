# asyncio.run cancels tasks still running when main returns; their finally blocks run.
import asyncio


async def background(name):
    try:
        while True:
            await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print(f"{name} cancelled at shutdown")
        raise
    finally:
        print(f"{name} finally")


async def main():
    asyncio.create_task(background("poller"))
    asyncio.create_task(background("metrics"))
    await asyncio.sleep(0.12)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("loop closed")
