# The repr of a Future shows its state.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    pending = loop.create_future()
    print(pending)

    with_result = loop.create_future()
    with_result.set_result(1)
    print(with_result)

    text = asyncio.Future()
    text.set_result("hi")
    print(repr(text))

    none = loop.create_future()
    none.set_result(None)
    print(none)

    cancelled = loop.create_future()
    cancelled.cancel()
    print(cancelled)

    failed = loop.create_future()
    failed.set_exception(ValueError("x"))
    print(failed)
    failed.exception()

    listed = loop.create_future()
    listed.set_result([1, "two", None])
    print(listed)


asyncio.run(main())
