# Each thread runs its own event loop with asyncio.run.
import asyncio
import threading


async def work(n):
    await asyncio.sleep(0.05 * n)
    return n * 10


def thread_main(name, n, results):
    results[name] = asyncio.run(work(n))


results = {}
threads = [threading.Thread(target=thread_main, args=(f"t{i}", i, results)) for i in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results.items()))
