# An exception inside an awaited task escapes asyncio.run.
import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0.01)
    if uid == 2:
        raise ValueError(f"user {uid} not found")
    return {"id": uid}


async def main():
    for uid in range(1, 4):
        task = asyncio.create_task(fetch_user(uid))
        print(await task)


asyncio.run(main())
