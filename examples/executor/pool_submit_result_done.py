# concurrent.futures without asyncio: submit() returns a Future at once;
# done() is False while the call sleeps (running() is True once a worker
# has picked it up), result() waits for it.
import time
from concurrent.futures import Future, ThreadPoolExecutor


def slow_square(x, delay):
    time.sleep(delay)
    return x * x


with ThreadPoolExecutor() as pool:
    fut = pool.submit(slow_square, 7, 0.2)
    print(type(fut).__name__, isinstance(fut, Future))
    print('done right away:', fut.done())
    time.sleep(0.05)  # the worker has surely picked the call up by now
    print('running:', fut.running(), 'done:', fut.done())
    print('result:', fut.result())
    print('done after result():', fut.done())
    print('exception():', fut.exception())
    print('cancelled():', fut.cancelled())
    print('pow:', pool.submit(pow, 2, 10).result())
    print('kwargs:', pool.submit(slow_square, x=3, delay=0).result())

    quick = pool.submit(slow_square, 2, 0.1)
    slow = pool.submit(slow_square, 3, 0.3)
    print('quick:', quick.result())
    print('slow done yet:', slow.done())
    print('slow:', slow.result(timeout=5))
print('after the with block')
