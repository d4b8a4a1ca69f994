# One task waits on a Future while another task sets its result.
import asyncio


async def producer(fut):
    print("producer working")
    await asyncio.sleep(0.1)
    print("producer sets result")
    fut.set_result(99)
    print("producer continues after set_result")
    await asyncio.sleep(0)
    print("producer ends")


async def consumer(fut):
    print("consumer waiting")
    value = await fut
    print("consumer got", value)


async def main():
    fut = asyncio.get_running_loop().create_future()
    await asyncio.gather(consumer(fut), producer(fut))


asyncio.run(main())
