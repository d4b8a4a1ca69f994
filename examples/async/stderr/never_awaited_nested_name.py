# golden: stderr
# The warning names the coroutine by its qualified name, so a coroutine
# function defined inside another function shows where it lives.
import asyncio


async def main():
    async def helper():
        print("helper runs")

    helper()
    await helper()


asyncio.run(main())
