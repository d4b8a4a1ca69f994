# A custom awaitable used by several coroutines and tasks.
import asyncio


class Counter:
    def __init__(self):
        self.value = 0

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        self.value += 1
        return self.value


async def worker(name, counter, times):
    seen = []
    for _ in range(times):
        seen.append(await counter)
    return name, seen


async def main():
    counter = Counter()
    a = asyncio.create_task(worker("a", counter, 3))
    b = asyncio.create_task(worker("b", counter, 2))
    print(await a)
    print(await b)
    print("final", counter.value)
    print(await asyncio.wait_for(counter, timeout=1))


asyncio.run(main())
