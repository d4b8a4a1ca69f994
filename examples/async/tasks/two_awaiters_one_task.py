# Two coroutines awaiting the same task both wake up when it finishes.
import asyncio


async def download():
    print("downloading")
    await asyncio.sleep(0.1)
    print("download complete")
    return "data"


async def user(name, task):
    print(name, "waits")
    data = await task
    print(name, "received", data)


async def main():
    task = asyncio.create_task(download())
    await asyncio.gather(user("u1", task), user("u2", task))


asyncio.run(main())
