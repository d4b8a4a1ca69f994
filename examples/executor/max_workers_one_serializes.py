# A ThreadPoolExecutor with max_workers=1 has a single thread, so the
# blocking calls given to it run one after another, in submission order,
# even though the coroutines awaiting them are concurrent.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def work(name, sec):
    print(f'{name} starts on {threading.current_thread().name}')
    time.sleep(sec)
    print(f'{name} done')
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=1)
    start = time.monotonic()
    futures = [loop.run_in_executor(pool, work, name, sec)
               for name, sec in [('a', 0.3), ('b', 0.1), ('c', 0.2)]]
    print(await asyncio.gather(*futures))
    print(f'elapsed {time.monotonic() - start:.1f}')
    pool.shutdown()


asyncio.run(main())
