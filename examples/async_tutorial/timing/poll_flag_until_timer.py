# Polling a flag with `await asyncio.sleep(0)` until a timer-driven task sets it.
import asyncio

done = False


async def setter():
    global done
    await asyncio.sleep(0.1)
    done = True


async def main():
    asyncio.create_task(setter())
    polls = 0
    while not done:
        polls += 1
        await asyncio.sleep(0)
    print("flag seen after polling:", polls > 0)


asyncio.run(main())
