# loop.create_task is the loop method behind asyncio.create_task.
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n


loop = asyncio.new_event_loop()
t1 = loop.create_task(job(2))
t2 = loop.create_task(job(1))
print(t1.get_name(), t2.get_name(), t1.done())
print(loop.run_until_complete(t1))
print("t2 done too:", t2.done(), t2.result())
loop.close()
