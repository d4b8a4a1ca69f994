# as_completed yields futures as they finish: here in order of the sleep
# times, not of submission.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED


def job(name, sec):
    time.sleep(sec)
    return f'{name} slept {sec}'


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(job, name, sec): name
               for name, sec in [('a', 0.4), ('b', 0.1), ('c', 0.3), ('d', 0.2)]}
    for fut in as_completed(futures):
        print(futures[fut], '->', fut.result())

    first = pool.submit(job, 'x', 0.1)
    second = pool.submit(job, 'y', 0.3)
    done, not_done = wait([first, second], return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(not_done))
    done, not_done = wait([first, second])
    print(len(done), len(not_done))
