# An exception raised in the thread is re-raised at the await.
import asyncio


def parse(text):
    return int(text)


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, parse, "42"))
    try:
        await loop.run_in_executor(None, parse, "forty-two")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.to_thread(parse, None)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
