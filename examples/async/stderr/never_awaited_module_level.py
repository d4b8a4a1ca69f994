# golden: stderr
# Calling a coroutine function without awaiting it: the coroutine object is
# thrown away unused and Python warns on stderr (output still goes on).
import asyncio


async def work():
    print("working")


work()
print("the program continues")
asyncio.run(work())
