# ensure_future on coroutines, tasks and futures, as older tutorials use it.
import asyncio


async def answer():
    await asyncio.sleep(0.01)
    return 42


async def main():
    t = asyncio.ensure_future(answer())
    print(type(t).__name__, isinstance(t, asyncio.Future))
    print(asyncio.ensure_future(t) is t)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    asyncio.get_running_loop().call_later(0.02, fut.set_result, "from callback")
    print(await t, await fut)
    print(asyncio.isfuture(t), asyncio.iscoroutine(answer), asyncio.iscoroutinefunction(answer))


asyncio.run(main())
