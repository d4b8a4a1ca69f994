# A closed loop refuses new work.
import asyncio


async def main():
    return 1


loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
loop.close()
loop.close()  # closing twice is fine
print("closed:", loop.is_closed())
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("call_soon:", e)
coro = main()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("run_until_complete:", e)
coro.close()
