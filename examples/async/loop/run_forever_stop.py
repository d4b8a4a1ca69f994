# run_forever runs callbacks and tasks until loop.stop() is called.
import asyncio


async def background(loop):
    for i in range(3):
        print("background", i)
        await asyncio.sleep(0.1)
    print("background asks the loop to stop")
    loop.stop()


loop = asyncio.new_event_loop()
loop.call_soon(print, "first callback")
task = loop.create_task(background(loop))
print("starting run_forever")
loop.run_forever()
print("run_forever returned; task done:", task.done())
loop.close()
