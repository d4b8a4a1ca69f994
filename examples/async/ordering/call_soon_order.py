# loop.call_soon callbacks run first-in first-out, after the current step.
import asyncio


def say(word):
    print("callback:", word)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(say, "one")
    loop.call_soon(say, "two")
    loop.call_soon(say, "three")
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print("main resumed")


asyncio.run(main())
