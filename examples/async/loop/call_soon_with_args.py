# call_soon passes extra positional arguments to the callback.
import asyncio

results = []


def collect(*items):
    results.append(items)
    print("collect", items)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(collect)
    loop.call_soon(collect, 1)
    loop.call_soon(collect, "a", "b", 3)
    loop.call_soon(print, "x", "y", "z")
    await asyncio.sleep(0)
    print(results)


asyncio.run(main())
