# A simulated web crawler: fake pages with links, a visited set, bounded concurrency.
import asyncio

PAGES = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/missing"],
    "/shop": ["/shop/cart"],
    "/shop/cart": [],
    "/team": [],
}


async def fetch(url):
    await asyncio.sleep(0.01 * (len(url) % 3 + 1))
    if url not in PAGES:
        raise FileNotFoundError(url)
    return PAGES[url]


async def crawl(start, max_concurrency=3):
    seen = {start}
    order = []
    errors = []
    queue = asyncio.Queue()
    queue.put_nowait((start, 0))
    sem = asyncio.Semaphore(max_concurrency)

    async def worker():
        while True:
            url, depth = await queue.get()
            try:
                async with sem:
                    links = await fetch(url)
                order.append((depth, url))
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait((link, depth + 1))
            except FileNotFoundError as e:
                errors.append(str(e))
            finally:
                queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(max_concurrency)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return order, errors


async def main():
    order, errors = await crawl("/")
    for depth, url in sorted(order):
        print("  " * depth + url)
    print("pages:", len(order), "errors:", errors)


asyncio.run(main())
