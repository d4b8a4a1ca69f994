# Adding a callback to a Future that is already done schedules it right away,
# but it still runs later, from the loop.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(5)
    fut.add_done_callback(lambda f: print("late callback, result", f.result()))
    print("callback added")
    await asyncio.sleep(0)
    print("main resumed")


asyncio.run(main())
