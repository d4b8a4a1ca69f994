# wait(timeout=...) does not raise: what is not done yet comes back in
# the pending set, still running.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name


async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("quick", 0.01), ("slow", 0.1)]}
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print("after waiting again:", sorted(t.result() for t in done), len(pending))


asyncio.run(main())
