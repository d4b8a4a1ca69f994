# The main thread spins on a flag (no sleep, no lock) that a thread sets after
# time.sleep: the thread still gets to run when its sleep is over.
import threading
import time

flag = False


def setter():
    global flag
    time.sleep(0.02)
    flag = True


start = time.monotonic()
t = threading.Thread(target=setter)
t.start()
spins = 0
while not flag:
    spins += 1
t.join()
print("flag seen:", flag, "spun:", spins > 0)
elapsed = time.monotonic() - start
print("waited for the sleep:", 0.02 <= round(elapsed, 3) < 1)
