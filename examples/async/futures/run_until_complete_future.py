# run_until_complete also accepts a plain Future.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(0.1, fut.set_result, "resolved by call_later")
print("before:", fut)
print("returned:", loop.run_until_complete(fut))
print("after:", fut)
loop.close()
