# Every Future is in one of three states: PENDING, CANCELLED or FINISHED.
# An exception also ends in FINISHED. (_state is an internal field, shown
# here only to follow the study note.)
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    ok = loop.create_future()
    print("new:", ok._state)
    ok.set_result("value")
    print("after set_result:", ok._state)

    bad = loop.create_future()
    bad.set_exception(ValueError("oops"))
    print("after set_exception:", bad._state, "done:", bad.done())
    bad.exception()

    stopped = loop.create_future()
    stopped.cancel()
    print("after cancel:", stopped._state, "done:", stopped.done())


asyncio.run(main())
