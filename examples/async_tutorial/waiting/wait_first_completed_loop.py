# Process tasks as they finish with asyncio.wait(FIRST_COMPLETED) in a loop.
import asyncio


async def task(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:{delay}"


async def main():
    pending = {asyncio.create_task(task(n, d)) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2), ("d", 0.1)]}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        print(f"round {rounds}: done {sorted(t.result() for t in done)}, {len(pending)} pending")


asyncio.run(main())
