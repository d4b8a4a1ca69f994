# gather() accepts custom awaitables and wraps them in tasks.
import asyncio

order = []


class Job:
    def __init__(self, name, steps):
        self.name = name
        self.steps = steps

    def __await__(self):
        for i in range(self.steps):
            order.append(f"{self.name}{i}")
            yield from asyncio.sleep(0).__await__()
        return f"{self.name} done after {self.steps} steps"


async def plain(name):
    await Job(name, 1)
    return name.upper()


async def main():
    results = await asyncio.gather(Job("a", 3), Job("b", 1), plain("c"))
    print(results)
    print(order)
    task = asyncio.ensure_future(Job("d", 2))
    print(type(task).__name__)
    print(await task)


asyncio.run(main())
