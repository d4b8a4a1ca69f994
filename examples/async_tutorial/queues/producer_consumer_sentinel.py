# Producer/consumer with a None sentinel to stop the consumer.
import asyncio


async def producer(queue, n):
    for i in range(n):
        item = f"item-{i}"
        await queue.put(item)
        print(f"produced {item}")
        await asyncio.sleep(0.05)
    await queue.put(None)
    print("producer done")


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            print("consumer got sentinel")
            break
        print(f"consumed {item}")
        await asyncio.sleep(0.13)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue, 4), consumer(queue))
    print("queue empty:", queue.empty())


asyncio.run(main())
