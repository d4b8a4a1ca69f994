# A Future starts pending and becomes done once a result is set.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    fut.set_result(10)
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    print("result:", fut.result(), "exception:", fut.exception())
    print("await gives:", await fut)


asyncio.run(main())
