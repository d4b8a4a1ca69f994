# run_forever with callbacks that reschedule themselves and finally stop the loop.
import asyncio


def tick(loop, n):
    print("tick", n)
    if n < 3:
        loop.call_later(0.05, tick, loop, n + 1)
    else:
        loop.call_soon(loop.stop)


loop = asyncio.new_event_loop()
loop.call_soon(tick, loop, 0)
loop.run_forever()
print("stopped; running:", loop.is_running())
loop.close()
