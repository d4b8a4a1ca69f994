# remove_done_callback removes every registration of that function and
# returns how many there were.
import asyncio


def a(fut):
    print("a called")


def b(fut):
    print("b called")


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    print("removed a:", fut.remove_done_callback(a))
    print("removed a again:", fut.remove_done_callback(a))
    fut.set_result(None)
    await asyncio.sleep(0)
    print("removed b after done:", fut.remove_done_callback(b))


asyncio.run(main())
