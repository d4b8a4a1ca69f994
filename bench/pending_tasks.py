# Memory with 100,000 pending tasks: every task waits on one shared Future;
# once all are parked, the Future is resolved and they all finish.
# compare.sh reports this program's peak RSS on a line of its own.
import asyncio


async def waiter(gate, i):
    value = await gate
    return value + i % 10


async def main(n):
    loop = asyncio.get_running_loop()
    gate = loop.create_future()
    tasks = [asyncio.create_task(waiter(gate, i)) for i in range(n)]
    await asyncio.sleep(0)  # let every task start and park on the gate
    pending = sum(1 for t in tasks if not t.done())
    gate.set_result(1)
    results = await asyncio.gather(*tasks)
    return pending, len(results), sum(results)


print("pending_tasks checksum:", *asyncio.run(main(100_000)))
