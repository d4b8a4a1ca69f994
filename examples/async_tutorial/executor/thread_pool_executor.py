# run_in_executor with an explicit ThreadPoolExecutor and keyword args via functools.partial.
import asyncio
import concurrent.futures
import functools
import time


def resize(name, *, width, height):
    time.sleep(0.05)
    return f"{name} -> {width}x{height}"


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [
            loop.run_in_executor(pool, functools.partial(resize, f"img{i}.png", width=100 * i, height=50 * i))
            for i in range(1, 5)
        ]
        for res in await asyncio.gather(*jobs):
            print(res)


asyncio.run(main())
