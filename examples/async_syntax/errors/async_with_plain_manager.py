# async with needs __aenter__/__aexit__; a normal context manager is not enough.
import asyncio


class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")


async def main():
    with Manager():
        print("sync with works")
    async with Manager():
        print("never printed")


asyncio.run(main())
