# wait_for() gives up on an executor call after its timeout, but the thread
# cannot be interrupted: time.sleep keeps running, and asyncio.run() waits
# for the default executor to finish before it returns. The times are
# checked coarsely (not printed), so that a loaded machine cannot change
# the output.
import asyncio
import time


def slow(sec):
    time.sleep(sec)
    print('worker finished anyway')
    return sec


async def main():
    loop = asyncio.get_running_loop()
    start = time.monotonic()
    fut = loop.run_in_executor(None, slow, 0.6)
    try:
        await asyncio.wait_for(fut, timeout=0.2)
    except asyncio.TimeoutError:
        elapsed = time.monotonic() - start
        print('timed out; before the worker finished:', 0.15 < elapsed < 0.55)
    print('future cancelled:', fut.cancelled())
    return start


start = asyncio.run(main())
print('asyncio.run waited for the worker:', time.monotonic() - start > 0.55)
