# Asking for a result before the Future is done raises InvalidStateError.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.1, fut.set_result, 1)
    print("done?", fut.done())
    print(fut.result())


asyncio.run(main())
