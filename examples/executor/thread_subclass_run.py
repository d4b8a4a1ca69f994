# A Thread subclass overriding run(): start() calls run() in the new thread.
# Calling run() directly would run it in the calling thread instead.
import threading
import time


class Countdown(threading.Thread):
    def __init__(self, label, n, step):
        super().__init__(name=label)
        self.n = n
        self.step = step
        self.ticks = []

    def run(self):
        for i in range(self.n, 0, -1):
            self.ticks.append(i)
            print(f'{self.name}: {i} on {threading.current_thread().name}')
            time.sleep(self.step)
        self.result = sum(self.ticks)


a = Countdown('A', 3, 0.2)
b = Countdown('B', 2, 0.25)
a.start()
time.sleep(0.05)
b.start()
a.join()
b.join()
print(a.result, b.result, a.is_alive(), b.is_alive())

c = Countdown('C', 1, 0)
c.run()
print(c.result, c.is_alive())
