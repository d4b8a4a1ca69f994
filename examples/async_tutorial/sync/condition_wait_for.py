# Condition.wait_for(predicate): wait until the counter reaches a target.
import asyncio


async def incrementer(cond, state):
    for _ in range(5):
        await asyncio.sleep(0.02)
        async with cond:
            state["count"] += 1
            print("count =", state["count"])
            cond.notify_all()


async def waiter(cond, state, target):
    async with cond:
        await cond.wait_for(lambda: state["count"] >= target)
        print(f"waiter for {target} released at count {state['count']}")


async def main():
    cond = asyncio.Condition()
    state = {"count": 0}
    await asyncio.gather(waiter(cond, state, 4), waiter(cond, state, 2), incrementer(cond, state))


asyncio.run(main())
