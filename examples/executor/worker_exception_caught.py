# An exception raised inside a function running in the executor travels to
# the coroutine that awaits the executor's future, where it can be caught.
# Its traceback still ends in the worker function.
import asyncio


def parse(text):
    return int(text)


def check(value):
    if value < 0:
        raise ValueError(f'negative value: {value}')
    return value


def last_frame(exc):
    tb = exc.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_name


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, check, 5))
    try:
        await loop.run_in_executor(None, check, -3)
    except ValueError as e:
        print('caught', type(e).__name__, e)
        print('raised in', last_frame(e))
    try:
        await asyncio.to_thread(parse, 'abc')
    except ValueError as e:
        print('caught', type(e).__name__, e)
        print('raised in', last_frame(e))
    fut = loop.run_in_executor(None, check, -1)
    await asyncio.wait([fut])
    print('done:', fut.done(), 'exception:', repr(fut.exception()))


asyncio.run(main())
