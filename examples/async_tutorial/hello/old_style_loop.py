# Pre-3.7 style found in older blog posts: get a loop, run_until_complete, close.
import asyncio


async def hello(name, delay):
    await asyncio.sleep(delay)
    print("hello", name)
    return len(name)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    result = loop.run_until_complete(hello("world", 0.05))
    print("returned", result)
    results = loop.run_until_complete(asyncio.gather(hello("b", 0.1), hello("a", 0.05)))
    print("gathered", results)
finally:
    loop.close()
print("closed:", loop.is_closed())
