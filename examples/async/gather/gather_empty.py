# gather with no arguments finishes at once with an empty list.
import asyncio


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(*[]))
    jobs = [asyncio.sleep(0, i) for i in range(5)]
    print(await asyncio.gather(*jobs))


asyncio.run(main())
