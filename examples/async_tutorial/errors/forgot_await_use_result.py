# Forgetting await and then using the "result": it is a coroutine object.
import asyncio


async def get_count():
    await asyncio.sleep(0.01)
    return 10


async def main():
    count = get_count()
    print(type(count).__name__)
    print(count + 1)


asyncio.run(main())
