# golden: stderr
# Calling a coroutine function without await: nothing runs, and CPython warns.
import asyncio


async def save(item):
    print("saving", item)
    await asyncio.sleep(0.01)


async def main():
    save("draft")
    await save("final")
    print("main done")


asyncio.run(main())
