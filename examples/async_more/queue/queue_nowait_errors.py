# put_nowait/get_nowait raise QueueFull/QueueEmpty instead of waiting;
# task_done() too many times is a ValueError.
import asyncio
from asyncio.queues import QueueEmpty


async def main():
    queue = asyncio.Queue(maxsize=1)
    try:
        queue.get_nowait()
    except QueueEmpty as e:
        print("QueueEmpty:", repr(e), e.__class__.__module__)
    queue.put_nowait("a")
    try:
        queue.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull:", repr(e), issubclass(asyncio.QueueFull, Exception))
    print(str(queue))
    print(queue.get_nowait())
    queue.task_done()
    try:
        queue.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.QueueEmpty is asyncio.queues.QueueEmpty)


asyncio.run(main())
