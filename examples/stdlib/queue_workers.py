import queue
import threading

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            break
        results.put((n, n * n))
        tasks.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for n in range(10):
    tasks.put(n)
for _ in threads:
    tasks.put(None)
tasks.join()
for t in threads:
    t.join()
print(sorted(results.get() for _ in range(results.qsize())))
print(tasks.empty(), results.empty())
pq = queue.PriorityQueue()
for job in [(3, "low"), (1, "urgent"), (2, "normal")]:
    pq.put(job)
print([pq.get()[1] for _ in range(3)])
stack = queue.LifoQueue()
for x in "abc":
    stack.put(x)
print([stack.get() for _ in range(3)])
bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put(2)
try:
    bounded.put(3, block=False)
except queue.Full:
    print("full", bounded.qsize(), bounded.full())
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
