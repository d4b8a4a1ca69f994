# loop.set_default_executor replaces the pool used for run_in_executor(None,
# ...) and asyncio.to_thread. With one worker, the calls serialize.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def job(sec):
    time.sleep(sec)
    return threading.current_thread().name, sec


async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=1, thread_name_prefix='solo'))
    start = time.monotonic()
    results = await asyncio.gather(
        loop.run_in_executor(None, job, 0.2),
        asyncio.to_thread(job, 0.1),
        loop.run_in_executor(None, job, 0.1),
    )
    print(results)
    print(f'elapsed {time.monotonic() - start:.1f}')


asyncio.run(main())
