# Done callbacks are not called by set_result itself: they are scheduled on
# the loop and run in the order they were added.
import asyncio


def report(fut):
    print("callback sees result", fut.result())


def second(fut):
    print("second callback")


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(report)
    fut.add_done_callback(second)
    fut.add_done_callback(report)
    print("setting result")
    fut.set_result("ok")
    print("result set, no callback yet")
    await asyncio.sleep(0)
    print("after one loop turn")


asyncio.run(main())
