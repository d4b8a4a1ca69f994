# golden: stderr
# The same forgotten await in a loop warns only once for that line; a
# second line with the same mistake gets its own warning.
import asyncio


async def ping(n):
    print("ping", n)


async def main():
    for i in range(3):
        ping(i)
    print("loop done")
    ping(99)
    await ping(100)


asyncio.run(main())
