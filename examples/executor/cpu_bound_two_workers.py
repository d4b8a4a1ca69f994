# CPU-bound work split over two worker threads gives the same answers as
# one worker doing it all. (It is not faster either — only one thread runs
# Python code at a time — but wall-clock comparisons flip on a loaded
# machine, so this program only prints the loop counts.)
from concurrent.futures import ThreadPoolExecutor


def count(start, stop):
    total = 0
    i = start
    while i < stop:
        total += i % 7
        i += 1
    return i - start, total


N = 200_000

with ThreadPoolExecutor(max_workers=1) as pool:
    one = [pool.submit(count, 0, N).result()]

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(count, 0, N // 2), pool.submit(count, N // 2, N)]
    two = [f.result() for f in futures]

print('one worker :', one)
print('two workers:', two)
print('iterations :', sum(i for i, _ in one), sum(i for i, _ in two))
print('same total :', one[0][1] == sum(t for _, t in two))
