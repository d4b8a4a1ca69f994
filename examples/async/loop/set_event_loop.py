# new_event_loop + set_event_loop: get_event_loop then returns that loop.
import asyncio


async def main():
    print("running loop is ours:", asyncio.get_running_loop() is loop)
    return "ok"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("get_event_loop is ours:", asyncio.get_event_loop() is loop)
print(loop.run_until_complete(main()))
print(asyncio.get_event_loop().run_until_complete(main()))
loop.close()
asyncio.set_event_loop(None)
