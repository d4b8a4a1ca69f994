# Same example with the 3.11 TaskGroup, as in the docs.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def main():
    start = time.monotonic()
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(say_after(0.2, 'world'))
        task2 = tg.create_task(say_after(0.1, 'hello'))
        print("tasks created, both pending:", task1.done(), task2.done())

    print(f"Both tasks have completed now: {task1.result()}, {task2.result()}")
    print(f"elapsed {time.monotonic() - start:.1f}")


asyncio.run(main())
