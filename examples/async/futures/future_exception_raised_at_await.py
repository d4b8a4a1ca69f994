# set_exception makes every await on the Future raise that exception.
import asyncio


async def waiter(name, fut):
    try:
        await fut
    except ZeroDivisionError as e:
        print(name, "got", type(e).__name__ + ":", e)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_exception, ZeroDivisionError("no zeros"))
    await asyncio.gather(waiter("first", fut), waiter("second", fut))
    print("exception():", repr(fut.exception()))


asyncio.run(main())
