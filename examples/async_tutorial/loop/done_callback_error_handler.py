# An exception raised by a done-callback goes to the loop's exception handler;
# the message names the callback and its (shortened) argument.
import asyncio


def handler(loop, context):
    print("handler:", context["message"].replace(__file__, "FILE"))
    print("exception:", repr(context["exception"]))


def on_done(task):
    raise RuntimeError(f"callback failed for {task.get_name()}")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(asyncio.sleep(0.01, result="payload"), name="job")
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
