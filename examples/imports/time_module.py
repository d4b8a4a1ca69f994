# time: check types and ordering only, never print actual times
import time

start = time.time()
t0 = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - t0
print(total)
print(type(start).__name__, start > 1_600_000_000)
print(type(elapsed).__name__, elapsed >= 0)
print(time.monotonic() <= time.monotonic())
time.sleep(0.01)
print(time.time() >= start)
