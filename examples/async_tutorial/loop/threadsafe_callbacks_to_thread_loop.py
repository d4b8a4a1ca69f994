# A loop waits in a background thread; the main thread hands it callbacks with
# call_soon_threadsafe, which must wake it, and the callbacks run in the
# loop's thread, in the order they were handed over.
import asyncio
import threading


def run_loop(loop, ready):
    asyncio.set_event_loop(loop)
    loop.call_soon(ready.set)
    loop.run_forever()


loop = asyncio.new_event_loop()
ready = threading.Event()
thread = threading.Thread(target=run_loop, args=(loop, ready), name="loop-thread")
thread.start()
ready.wait()

seen = []
finished = threading.Event()


def note(tag):
    seen.append((tag, threading.current_thread().name))


for tag in "abc":
    loop.call_soon_threadsafe(note, tag)
loop.call_soon_threadsafe(finished.set)
finished.wait()
print(seen)
print("main thread has a running loop:", asyncio._get_running_loop() is not None)

loop.call_soon_threadsafe(loop.stop)
thread.join()
print("is_running after stop:", loop.is_running())
loop.close()
