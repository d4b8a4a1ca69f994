# A timeout <= 0: a finished future gives its result at once; anything
# else is cancelled (never started) and TimeoutError is raised.
import asyncio


async def quick():
    print("quick: running")
    return "quick"


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("already done")
    print(await asyncio.wait_for(done, 0))
    for timeout in (0, -1):
        try:
            await asyncio.wait_for(quick(), timeout)
        except TimeoutError as e:
            print(f"timeout={timeout}: TimeoutError, cause {type(e.__cause__).__name__}")
    task = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("task done before wait_for:", task.done())
    print(await asyncio.wait_for(task, 0))


asyncio.run(main())
