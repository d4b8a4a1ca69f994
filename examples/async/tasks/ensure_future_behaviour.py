# ensure_future wraps a coroutine into a task but returns a Future as is.
import asyncio


async def job():
    return "job"


async def main():
    t = asyncio.ensure_future(job())
    print(type(t).__name__, t.get_name())
    again = asyncio.ensure_future(t)
    print("same task back:", again is t)
    fut = asyncio.get_running_loop().create_future()
    print("same future back:", asyncio.ensure_future(fut) is fut)
    fut.set_result("fut")
    print(await t, await fut)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
