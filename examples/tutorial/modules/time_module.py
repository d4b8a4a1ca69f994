import time

start = time.perf_counter()
total = 0
for i in range(10000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, type(elapsed).__name__)
t = time.time()
print(t > 1_600_000_000, isinstance(t, float))
time.sleep(0.01)
print(time.monotonic() > 0, callable(time.strftime))
