# loop.stop() scheduled by a timer ends run_forever; pending work waits.
import asyncio


def tick(loop, n):
    print("tick", n)
    loop.call_later(0.1, tick, loop, n + 1)


loop = asyncio.new_event_loop()
loop.call_soon(tick, loop, 0)
loop.call_later(0.35, loop.stop)
loop.run_forever()
print("stopped; is_running:", loop.is_running())
loop.call_later(0.1, loop.stop)
loop.run_forever()
print("stopped again")
loop.close()
