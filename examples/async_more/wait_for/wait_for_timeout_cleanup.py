# wait_for times out: the inner task is cancelled, its finally block runs
# (and may still await) before wait_for raises TimeoutError.
import asyncio


async def fetch(name):
    try:
        print(f"{name}: started")
        await asyncio.sleep(1)
        print(f"{name}: finished")
        return name
    finally:
        print(f"{name}: cleanup begins")
        await asyncio.sleep(0.01)
        print(f"{name}: cleanup done")


async def main():
    try:
        await asyncio.wait_for(fetch("slow"), timeout=0.05)
    except TimeoutError as e:
        print("main: TimeoutError", repr(e))
        print("main: caused by", type(e.__cause__).__name__)
    print("main: done")


asyncio.run(main())
