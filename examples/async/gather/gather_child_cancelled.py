# If a child of gather is cancelled, the await on gather raises CancelledError
# even though the awaiting task itself was not cancelled.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name


async def main():
    victim = asyncio.create_task(job("victim", 1))
    survivor = asyncio.create_task(job("survivor", 0.2))
    asyncio.get_running_loop().call_later(0.1, victim.cancel)
    try:
        await asyncio.gather(victim, survivor)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("main cancelled?", asyncio.current_task().cancelled())
    print("survivor:", await survivor)


asyncio.run(main())
