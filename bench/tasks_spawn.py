# Spawning 100,000 tasks: each awaits asyncio.sleep(0) once and returns a
# number; all are gathered. Measures task creation, scheduling and gather.
import asyncio


async def job(i):
    await asyncio.sleep(0)
    return i * 3 % 1009


async def main(n):
    tasks = [asyncio.create_task(job(i)) for i in range(n)]
    results = await asyncio.gather(*tasks)
    return len(results), sum(results)


print("tasks_spawn checksum:", *asyncio.run(main(100_000)))
