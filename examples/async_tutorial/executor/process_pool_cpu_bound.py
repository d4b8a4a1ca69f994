# CPU-bound work in a ProcessPoolExecutor via run_in_executor (guarded by __main__).
import asyncio
import concurrent.futures


def cpu_bound(n):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, cpu_bound, n) for n in (10, 1000, 10_000)))
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
