# get_running_loop works only while a loop runs.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)


async def main():
    loop = asyncio.get_running_loop()
    print("inside: running =", loop.is_running(), "closed =", loop.is_closed())
    print("same as get_event_loop:", loop is asyncio.get_event_loop())
    return loop


loop = asyncio.run(main())
print("afterwards: running =", loop.is_running(), "closed =", loop.is_closed())
