# Offload blocking time.sleep calls to the default thread pool with run_in_executor.
import asyncio
import time


def blocking_io(n):
    time.sleep(0.1)
    return f"blocking result {n}"


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking_io, i) for i in range(3)))
    print(results)
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
