# The "making breakfast" analogy: sequential vs concurrent preparation.
import asyncio
import time


async def make(item, seconds):
    print(f"start {item}")
    await asyncio.sleep(seconds)
    print(f"{item} ready")
    return item


async def sequential():
    return [await make("coffee", 0.2), await make("eggs", 0.3), await make("toast", 0.1)]


async def concurrent():
    return await asyncio.gather(make("coffee", 0.2), make("eggs", 0.3), make("toast", 0.1))


async def main():
    for fn in (sequential, concurrent):
        t = time.perf_counter()
        dishes = await fn()
        print(f"{fn.__name__}: {dishes} in {time.perf_counter() - t:.1f} min")


asyncio.run(main())
