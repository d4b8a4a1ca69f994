# Passing the coroutine function instead of calling it, then passing None.
import asyncio


async def main():
    print("never runs")


try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
asyncio.run(None)
