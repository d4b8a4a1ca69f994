# add_done_callback with a lambda and a functools.partial, as blog posts show.
import asyncio
import functools


async def compute(x):
    await asyncio.sleep(0.05 * x)
    if x == 3:
        raise ValueError(f"bad input {x}")
    return x * 10


def report(label, task):
    if task.exception() is not None:
        print(label, "failed:", repr(task.exception()))
    else:
        print(label, "result:", task.result())


async def main():
    tasks = []
    for x in [2, 1, 3]:
        t = asyncio.create_task(compute(x))
        t.add_done_callback(functools.partial(report, f"job{x}"))
        t.add_done_callback(lambda t: print("  done?", t.done()))
        tasks.append(t)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results)


asyncio.run(main())
