# The pre-3.7 way: get a loop, run a coroutine until it completes, close.
import asyncio


async def answer():
    await asyncio.sleep(0.01)
    return 42


loop = asyncio.new_event_loop()
print("running:", loop.is_running(), "closed:", loop.is_closed())
print("result:", loop.run_until_complete(answer()))
print("again:", loop.run_until_complete(answer()))
loop.close()
print("running:", loop.is_running(), "closed:", loop.is_closed())
