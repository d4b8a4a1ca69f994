# Named tasks, and tasks that add more tasks to their own group: the
# group waits for all of them.
import asyncio


async def crawl(tg, url, depth, seen):
    await asyncio.sleep(0.01)
    seen.append((depth, url))
    if depth < 2:
        for i in range(2):
            child = f"{url}/{i}"
            tg.create_task(crawl(tg, child, depth + 1, seen), name=f"crawl {child}")


async def main():
    seen = []
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(crawl(tg, "root", 0, seen), name="crawl root")
    print(first.get_name(), first.result())
    for depth, url in sorted(seen):
        print(depth, url)


asyncio.run(main())
