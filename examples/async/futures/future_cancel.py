# cancel() works only on a pending Future; awaiting it then raises CancelledError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("first cancel:", fut.cancel())
    print("second cancel:", fut.cancel())
    print("cancelled:", fut.cancelled(), "done:", fut.done())
    try:
        await fut
    except asyncio.CancelledError:
        print("await raised CancelledError")

    finished = loop.create_future()
    finished.set_result(3)
    print("cancel finished future:", finished.cancel(), finished.result())

    with_msg = loop.create_future()
    with_msg.cancel("no longer needed")
    try:
        with_msg.result()
    except asyncio.CancelledError as e:
        print("message:", e.args)


asyncio.run(main())
