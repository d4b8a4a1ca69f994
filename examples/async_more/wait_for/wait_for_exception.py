# An exception from the awaited coroutine comes out of wait_for as is.
import asyncio


async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)


async def main():
    for text in ["42", "x"]:
        try:
            print("parsed", await asyncio.wait_for(parse(text), 1))
        except ValueError as e:
            print("ValueError:", e)


asyncio.run(main())
