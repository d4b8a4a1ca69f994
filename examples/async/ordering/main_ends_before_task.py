# asyncio.run returns when main returns; tasks still sleeping are cancelled.
import asyncio


async def slow():
    print("slow starts")
    try:
        await asyncio.sleep(1)
        print("slow finished")
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise
    finally:
        print("slow cleanup")


async def main():
    asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after asyncio.run")
