# Timers with the same delay started at the same moment fire in the order
# they were scheduled.
import asyncio


async def nap(name):
    print(name, "goes to sleep")
    await asyncio.sleep(0.1)
    print(name, "wakes up")


async def main():
    tasks = [asyncio.create_task(nap(name)) for name in ["carol", "alice", "bob", "dave"]]
    await asyncio.gather(*tasks)


asyncio.run(main())
