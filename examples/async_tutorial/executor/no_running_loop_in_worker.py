# Worker threads have no running event loop: get_running_loop() raises there,
# so sync code in a thread can call asyncio.run itself.
import asyncio
import threading


async def fetch():
    await asyncio.sleep(0.01)
    return "fetched in the worker's own loop"


def sync_helper():
    try:
        asyncio.get_running_loop()
        return "unexpected: a loop is running in this thread"
    except RuntimeError as e:
        print("worker:", e)
    return asyncio.run(fetch())


async def main():
    print(await asyncio.to_thread(sync_helper))
    out = []
    th = threading.Thread(target=lambda: out.append(sync_helper()))
    th.start()
    await asyncio.sleep(0.05)
    th.join()
    print(out)


asyncio.run(main())
