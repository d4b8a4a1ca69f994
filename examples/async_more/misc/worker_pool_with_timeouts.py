# A small worker pool: jobs from a queue, each limited by wait_for; the
# results and timeouts are reported in job order.
import asyncio


async def handle(job):
    await asyncio.sleep(job * 0.01)
    return job * job


async def worker(queue, results):
    while True:
        job = await queue.get()
        try:
            results[job] = await asyncio.wait_for(handle(job), timeout=0.045)
        except TimeoutError:
            results[job] = "timeout"
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    results = {}
    for job in [1, 6, 2, 8, 3]:
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(queue, results)) for _ in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for job in sorted(results):
        print(job, results[job])


asyncio.run(main())
