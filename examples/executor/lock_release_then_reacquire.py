# Releasing a lock wakes a waiting thread but does not hand the lock over:
# the releasing thread keeps running and may take the lock again first, as
# under CPython's GIL. The waiter gets it when it is free.
import threading
import time

lock = threading.Lock()
lock.acquire()
events = []


def worker():
    events.append("worker waits")
    with lock:
        events.append("worker has the lock")


t = threading.Thread(target=worker)
t.start()
time.sleep(0.05)  # the worker is now blocked on the lock
lock.release()
print("main takes it back at once:", lock.acquire(False))
events.append("main again")
lock.release()
t.join()
print(events)
