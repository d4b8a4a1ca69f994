# golden: stderr
# A forgotten await inside a coroutine: the callee never runs, and the
# warning points at the line where the coroutine object was dropped.
import asyncio


async def save(item):
    print("saving", item)


async def main():
    print("main starts")
    save("report")
    await save("photo")
    print("main ends")


asyncio.run(main())
