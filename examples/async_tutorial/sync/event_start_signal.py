# Runners wait on an Event until the starter fires it.
import asyncio


async def runner(name, start_event, speed):
    print(f"{name} ready")
    await start_event.wait()
    print(f"{name} running")
    await asyncio.sleep(speed)
    print(f"{name} finished")
    return name


async def starter(event):
    print("on your marks...")
    await asyncio.sleep(0.1)
    print("GO!")
    event.set()


async def main():
    event = asyncio.Event()
    print("is_set:", event.is_set())
    runners = [runner(n, event, s) for n, s in [("tortoise", 0.3), ("hare", 0.1), ("dog", 0.2)]]
    results = await asyncio.gather(starter(event), *runners)
    print("podium:", results[1:])
    print("is_set:", event.is_set())
    event.clear()
    print("after clear:", event.is_set())


asyncio.run(main())
