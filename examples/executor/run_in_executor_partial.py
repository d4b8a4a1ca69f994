# run_in_executor passes only positional arguments; functools.partial binds
# keyword arguments (print's sep/end, a function's keyword-only options).
import asyncio
import functools
import time


def fetch(url, *, timeout, retries=1):
    time.sleep(timeout / 10)
    return f'{url} (timeout={timeout}, retries={retries})'


async def main():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, functools.partial(print, 'a', 'b', 'c', sep='-'))
    call = functools.partial(fetch, timeout=2, retries=3)
    print(await loop.run_in_executor(None, call, 'example.org'))
    results = await asyncio.gather(
        loop.run_in_executor(None, functools.partial(fetch, 'one', timeout=1)),
        loop.run_in_executor(None, functools.partial(fetch, timeout=3), 'two'),
    )
    for r in results:
        print(r)
    try:
        loop.run_in_executor(None, fetch, 'x', timeout=1)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
