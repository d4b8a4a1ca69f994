# A custom loop exception handler catches errors raised in callbacks.
import asyncio


def handler(loop, context):
    print("handler got:", context["message"].replace(__file__, "FILE"), "|", repr(context.get("exception")))


def bad_callback():
    raise ValueError("callback blew up")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom report"})
    print("handler is set:", loop.get_exception_handler() is handler)


asyncio.run(main())
