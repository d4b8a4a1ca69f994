# Two threads each run asyncio.run at the same time; their timers interleave
# by time, and each loop sees only its own tasks.
import asyncio
import threading

log = []
lock = threading.Lock()


async def ticker(name, delays):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for d in delays:
        await asyncio.sleep(d)
        with lock:
            log.append(f"{name} at {loop.time() - start:.1f}")
    return len(asyncio.all_tasks())


def thread_main(name, delays, results):
    results[name] = asyncio.run(ticker(name, delays))


results = {}
threads = [
    threading.Thread(target=thread_main, args=("A", [0.1, 0.2, 0.2], results)),
    threading.Thread(target=thread_main, args=("B", [0.2, 0.2], results)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("\n".join(log))
print(sorted(results.items()))
