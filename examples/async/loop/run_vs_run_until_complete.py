# asyncio.run makes and closes its own loop each time; with
# run_until_complete you keep the loop and can run more on it.
import asyncio


async def where():
    loop = asyncio.get_running_loop()
    return loop


first = asyncio.run(where())
second = asyncio.run(where())
print("asyncio.run: same loop?", first is second, "| first closed?", first.is_closed())

loop = asyncio.new_event_loop()
a = loop.run_until_complete(where())
b = loop.run_until_complete(where())
print("run_until_complete: same loop?", a is b is loop, "| closed?", loop.is_closed())
loop.close()
print("after close:", loop.is_closed())
