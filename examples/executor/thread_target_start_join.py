# threading.Thread with a target and arguments: start() runs it, join()
# waits. The threads sleep different times, so they finish in that order.
import threading
import time

results = []


def worker(name, sec, out):
    time.sleep(sec)
    out.append(name)
    print(f'{name} finished')


threads = [threading.Thread(target=worker, args=(name, sec, results))
           for name, sec in [('slow', 0.3), ('fast', 0.1), ('medium', 0.2)]]
print('alive before start:', [t.is_alive() for t in threads])
start = time.monotonic()
for t in threads:
    t.start()
print('alive after start:', [t.is_alive() for t in threads])
for t in threads:
    t.join()
print('alive after join:', [t.is_alive() for t in threads])
print('finish order:', results)
print(f'elapsed {time.monotonic() - start:.1f}')

t = threading.Thread(target=worker, kwargs={'name': 'kw', 'sec': 0, 'out': results})
t.start()
t.join()
print(results[-1], threading.active_count())
