# Thread names: the main thread, the loop's default executor ("asyncio_N"),
# ThreadPoolExecutors without a prefix ("ThreadPoolExecutor-K_N", K counts
# executors), with a prefix, and threading.Thread's default names. Each
# executor here has a single thread (or runs a single call), so which
# worker runs a call is never left to chance.
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor


def name():
    return threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    print('coroutine      :', name())
    print('default        :', await loop.run_in_executor(None, name))
    pool = ThreadPoolExecutor(max_workers=1)
    print('pool 0         :', await loop.run_in_executor(pool, name))
    print('pool 0 again   :', await loop.run_in_executor(pool, name))
    pool.shutdown()
    with ThreadPoolExecutor(max_workers=1) as pool:
        print('pool 1         :', pool.submit(name).result())
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix='io') as pool:
        print('prefixed       :', pool.submit(name).result())
    with ThreadPoolExecutor(1) as pool:
        print('pool 2         :', pool.submit(name).result())


print('main           :', name())
asyncio.run(main())


# asyncio.run() used the default executor above, and shut it down from a
# helper threading.Thread; that thread took the name Thread-1.
def job():
    print('thread target  :', name())


t = threading.Thread(target=job)
t.start()
t.join()
t = threading.Thread(target=job, name='custom')
t.start()
t.join()
t = threading.Thread(target=job)
print('not started    :', t.name)
t.start()
t.join()
