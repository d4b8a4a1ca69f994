# all_tasks() while work is in flight; names printed sorted so the set order does not matter.
import asyncio


async def sleeper(n):
    await asyncio.sleep(n * 0.05)


async def main():
    tasks = [asyncio.create_task(sleeper(n), name=f"sleeper-{n}") for n in range(1, 4)]
    print("running:", len(asyncio.all_tasks()))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await tasks[0]
    print("after first:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print("at the end:", [t.get_name() for t in asyncio.all_tasks()])
    print(asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main())
