# Asking a pending Future for its result, or setting one twice, is an error.
import asyncio


def attempt(label, action):
    try:
        print(label, "->", action())
    except asyncio.InvalidStateError as e:
        print(label, "-> InvalidStateError:", e)
    except asyncio.CancelledError as e:
        print(label, "-> CancelledError:", repr(e))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    attempt("result of pending", fut.result)
    attempt("exception of pending", fut.exception)
    fut.set_result("first")
    attempt("set_result again", lambda: fut.set_result("second"))
    attempt("set_exception after result", lambda: fut.set_exception(KeyError()))
    attempt("result", fut.result)

    gone = loop.create_future()
    gone.cancel()
    attempt("result of cancelled", gone.result)
    attempt("exception of cancelled", gone.exception)
    attempt("set_result on cancelled", lambda: gone.set_result(1))
    print("InvalidStateError is an Exception:", issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
