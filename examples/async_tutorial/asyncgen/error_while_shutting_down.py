# An async generator whose finally raises while asyncio.run shuts down async
# generators: the error goes to the loop's exception handler, and the program goes on.
import asyncio


def handler(loop, context):
    print("handler:", context["message"].split(" at 0x")[0])
    print("exception:", repr(context["exception"]))
    print("asyncgen:", context["asyncgen"].__name__)


async def bad():
    try:
        yield 1
    finally:
        raise ValueError("boom in finally")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    g = bad()
    await anext(g)
    return g


g = asyncio.run(main())
print("end")
