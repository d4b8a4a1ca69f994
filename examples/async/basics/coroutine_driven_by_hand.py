# A coroutine is driven like a generator: send(None) runs it to the next
# suspension; when it returns, StopIteration carries the return value.
import asyncio


async def simple():
    print("simple runs")
    return 42


async def pausing():
    print("before sleep(0)")
    await asyncio.sleep(0)
    print("after sleep(0)")
    return "done"


c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

p = pausing()
print("first send yields:", p.send(None))
try:
    p.send(None)
except StopIteration as e:
    print("second send finished with:", e.value)
