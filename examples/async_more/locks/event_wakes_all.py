# Event.set() wakes every waiter, in the order they started waiting;
# waiting on a set event returns at once.
import asyncio


async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "woke up")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    print(repr(event).split(" [")[1])
    print("setting")
    event.set()
    await asyncio.gather(*tasks)
    print("is_set:", event.is_set(), "| wait() now returns", await event.wait())
    event.clear()
    print(repr(event).split(" [")[1])
    try:
        await asyncio.wait_for(event.wait(), 0.01)
    except TimeoutError:
        print("cleared event: wait timed out")


asyncio.run(main())
