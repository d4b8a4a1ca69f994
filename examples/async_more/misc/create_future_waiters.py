# Several tasks awaiting one loop.create_future(): all wake, in the order
# they started waiting, once it gets a result (or an exception).
import asyncio


async def waiter(fut, name):
    try:
        print(name, "got", await fut)
    except LookupError as e:
        print(name, "raised", repr(e))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(fut, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    loop.call_later(0.01, fut.set_result, "the answer")
    await asyncio.gather(*tasks)

    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(fut, f"x{i}")) for i in range(2)]
    await asyncio.sleep(0)
    fut.set_exception(KeyError("nothing"))
    await asyncio.gather(*tasks)


asyncio.run(main())
