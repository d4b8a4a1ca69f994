# golden: stderr
# Closing a loop while a task is still waiting leaves that task pending;
# when it is destroyed, asyncio logs "Task was destroyed but it is pending!".
import asyncio


async def forever():
    print("forever starts")
    await asyncio.sleep(10)
    print("never printed")


async def short():
    await asyncio.sleep(0.1)
    return "short done"


loop = asyncio.new_event_loop()
task = loop.create_task(forever())
print(loop.run_until_complete(short()))
loop.close()
print("loop closed, task done:", task.done())
del task
print("task deleted")
