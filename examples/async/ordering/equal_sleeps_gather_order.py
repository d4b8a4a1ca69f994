# Equal sleeps inside gather: tasks start in argument order, so they
# also wake in argument order, round after round.
import asyncio


async def walker(name):
    for step in range(3):
        await asyncio.sleep(0.1)
        print(name, "step", step)
    return name


async def main():
    print(await asyncio.gather(walker("z"), walker("y"), walker("x")))


asyncio.run(main())
