# A class-based async lock-like manager shared by several tasks.
import asyncio


class Gate:
    def __init__(self):
        self.inside = None
        self.events = []

    async def __aenter__(self):
        while self.inside is not None:
            await asyncio.sleep(0)
        self.inside = asyncio.current_task().get_name()
        self.events.append(f"{self.inside} in")

    async def __aexit__(self, *exc_info):
        self.events.append(f"{self.inside} out")
        self.inside = None


async def worker(gate, steps):
    async with gate as value:
        assert value is None           # __aenter__ returned nothing
        for _ in range(steps):
            await asyncio.sleep(0)


async def main():
    gate = Gate()
    tasks = [asyncio.create_task(worker(gate, n), name=f"w{n}") for n in (2, 1, 3)]
    await asyncio.gather(*tasks)
    print(gate.events)


asyncio.run(main())
