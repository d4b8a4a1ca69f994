# A reentrant lock, and a Condition (built on one) handing items from a
# producer thread to a consumer thread.
import threading
import re

lock = threading.RLock()
print(type(lock).__module__, type(lock).__name__)
print(re.sub(r" at 0x[0-9a-f]+", "", repr(lock)))

with lock:
    with lock:
        print("held twice, owned:", lock._is_owned())
        print(re.sub(r"owner=\d+", "owner=ME", re.sub(r" at 0x[0-9a-f]+", "", repr(lock))))
print("released, owned:", lock._is_owned())

try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

print("non-blocking acquire:", lock.acquire(blocking=False))
count, owner = lock._release_save()
print("saved count:", count, "owner is me:", owner == threading.get_ident())
lock._acquire_restore((count, owner))
lock.release()

# The other thread cannot take a lock this thread holds.
results = []
lock.acquire()
t = threading.Thread(target=lambda: results.append(lock.acquire(timeout=0.01)))
t.start()
t.join()
lock.release()
print("other thread got it:", results)

items = []
done = []
cond = threading.Condition()


def consumer():
    got = []
    with cond:
        while len(got) < 3:
            while not items:
                cond.wait()
            got.append(items.pop(0))
    done.append(got)


c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    with cond:
        items.append(i * 10)
        cond.notify()
c.join()
print("consumer got:", done)
