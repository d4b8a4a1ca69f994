# golden: stderr
# A plain Future holding an exception that nobody retrieves is logged too,
# when the Future is destroyed.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(RuntimeError("lost error"))
    print("future:", fut)
    del fut
    print("future deleted")


asyncio.run(main())
