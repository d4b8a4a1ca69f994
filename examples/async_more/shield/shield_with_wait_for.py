# wait_for around shield(): the timeout cancels only the shield's outer
# future; the real work keeps running.
import asyncio


async def slow_report():
    await asyncio.sleep(0.05)
    print("report ready")
    return "report"


async def main():
    task = asyncio.create_task(slow_report())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.01)
    except TimeoutError:
        print("gave up waiting; task done =", task.done(), "cancelled =", task.cancelled())
    print("later:", await task)


asyncio.run(main())
