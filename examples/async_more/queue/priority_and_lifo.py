# PriorityQueue returns the smallest entry first; LifoQueue the newest.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for entry in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        await pq.put(entry)
    print(pq)
    while not pq.empty():
        print(await pq.get())

    numbers = asyncio.PriorityQueue()
    for n in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]:
        numbers.put_nowait(n)
    print([numbers.get_nowait() for _ in range(numbers.qsize())])

    stack = asyncio.LifoQueue()
    for word in ["first", "second", "third"]:
        stack.put_nowait(word)
    print(stack)
    print([await stack.get() for _ in range(3)])


asyncio.run(main())
