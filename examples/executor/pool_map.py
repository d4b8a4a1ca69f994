# Executor.map gives results in the order of the inputs, whatever order the
# calls finish in; the workers' own prints follow their sleep times.
import time
from concurrent.futures import ThreadPoolExecutor


def nap(sec):
    time.sleep(sec)
    print('woke after', sec)
    return sec * 10


def add(a, b):
    return a + b


start = time.monotonic()
with ThreadPoolExecutor(max_workers=3) as pool:
    results = pool.map(nap, [0.3, 0.1, 0.2])
    print(type(results).__name__)
    print(list(results))
    print(list(pool.map(add, [1, 2, 3], [10, 20, 30, 40])))
    print(list(pool.map(str.upper, [])))
print(f'elapsed {time.monotonic() - start:.1f}')
