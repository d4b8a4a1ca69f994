# An exception raised deep in an await chain travels up through every await.
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def load(text):
    print("loading", repr(text))
    value = await parse(text)
    print("loaded", value)
    return value


async def main():
    for text in ["12", "x7", "30"]:
        try:
            print("value:", await load(text))
        except ValueError as e:
            print("failed:", e)


asyncio.run(main())
