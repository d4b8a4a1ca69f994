# Run an event loop forever in a background thread and submit coroutines to it
# from the main thread with run_coroutine_threadsafe (a common "sync app" recipe).
import asyncio
import threading


def start_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()


async def work(n):
    await asyncio.sleep(0.05 * n)
    return n * 10


loop = asyncio.new_event_loop()
t = threading.Thread(target=start_loop, args=(loop,), daemon=True)
t.start()
futs = [asyncio.run_coroutine_threadsafe(work(n), loop) for n in (3, 1, 2)]
print([f.result(timeout=2) for f in futs])
loop.call_soon_threadsafe(loop.stop)
t.join()
print("loop running:", loop.is_running())
loop.close()
