# The current event loop is per thread: a new thread has none (get_event_loop
# raises there), set_event_loop in it does not change the main thread's loop,
# and get_running_loop only sees a loop running in the calling thread.
import asyncio
import threading


def in_thread(main_loop):
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("thread:", e)
    mine = asyncio.new_event_loop()
    asyncio.set_event_loop(mine)
    print("thread: own loop is current:", asyncio.get_event_loop() is mine)
    print("thread: same as main's:", mine is main_loop)
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("thread:", e)
    print("thread:", mine.run_until_complete(asyncio.sleep(0.01, result="ran its own loop")))
    mine.close()


async def main():
    loop = asyncio.get_running_loop()
    t = threading.Thread(target=in_thread, args=(loop,), name="helper")
    t.start()
    t.join()
    print("main: current loop unchanged:", asyncio.get_event_loop() is loop)


asyncio.run(main())
