# A Future resolved from a call_later callback, the docs' set_after pattern.
import asyncio


async def set_after(fut, delay, value):
    # Sleep for *delay* seconds.
    await asyncio.sleep(delay)

    # Set *value* as a result of *fut* Future.
    fut.set_result(value)


def on_done(fut):
    print("callback sees:", fut.result())


async def main():
    # Get the current event loop.
    loop = asyncio.get_running_loop()

    # Create a new Future object.
    fut = loop.create_future()
    fut.add_done_callback(on_done)

    # Run "set_after()" coroutine in a parallel Task.
    # We are using the low-level "loop.create_task()" API here because
    # we already have a reference to the event loop at hand.
    # Otherwise we could have just used "asyncio.create_task()".
    loop.create_task(
        set_after(fut, 0.1, '... world'))

    print('hello ...')

    # Wait until *fut* has a result (0.1 second) and print it.
    print(await fut)

    fut2 = loop.create_future()
    loop.call_later(0.05, fut2.set_exception, OSError("disk full"))
    try:
        await fut2
    except OSError as e:
        print("fut2 raised:", e)


asyncio.run(main())
