# threading.Lock around a read-modify-write keeps a shared counter exact:
# four threads each add 10,000 times.
import threading

counter = 0
lock = threading.Lock()


def add_many(n):
    global counter
    for _ in range(n):
        with lock:
            value = counter
            counter = value + 1


threads = [threading.Thread(target=add_many, args=(10_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('counter:', counter)

print('locked:', lock.locked())
print('acquire:', lock.acquire())
print('locked:', lock.locked())
print('acquire without blocking:', lock.acquire(blocking=False))
print('acquire with timeout:', lock.acquire(timeout=0.1))
lock.release()
print('locked after release:', lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
