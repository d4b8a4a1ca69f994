# A task's repr holds a file path, so only its beginning is printed here.
import asyncio


async def job(fail):
    await asyncio.sleep(0.01)
    if fail:
        raise ValueError("bad")
    return 1


def head(task):
    return repr(task).split(" coro=")[0]


async def main():
    ok = asyncio.create_task(job(False))
    bad = asyncio.create_task(job(True), name="bad-one")
    gone = asyncio.create_task(job(False), name="gone")
    print(head(ok))
    gone.cancel()
    await asyncio.sleep(0.1)
    print(head(ok))
    print(head(bad))
    print(head(gone))
    print("bad exception:", repr(bad.exception()))
    print(repr(ok).endswith("result=1>"))


asyncio.run(main())
