# Future.result() re-raises the exception of the submitted call in the
# calling thread; here that is the main program, so it ends with it.
from concurrent.futures import ThreadPoolExecutor


class QuotaExceeded(Exception):
    pass


def spend(amount):
    if amount > 10:
        raise QuotaExceeded(f'asked for {amount}, limit is 10')
    return 10 - amount


with ThreadPoolExecutor(max_workers=2) as pool:
    print(pool.submit(spend, 4).result())
    fut = pool.submit(spend, 12)
    print(fut.exception())
    fut.result()
print('never printed')
