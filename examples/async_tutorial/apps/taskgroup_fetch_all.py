# 3.11 TaskGroup used to fetch a batch; one failure cancels the siblings.
import asyncio

cancelled = []


async def fetch(user_id, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionResetError(f"user {user_id}: connection reset")
        return {"id": user_id}
    except asyncio.CancelledError:
        cancelled.append(user_id)  # TaskGroup cancels in set order
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i, 0.05 * i)) for i in range(1, 4)]
    print([t.result() for t in tasks])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch(1, 0.1))
            tg.create_task(fetch(2, 0.05, fail=True))
            tg.create_task(fetch(3, 0.2))
    except* ConnectionResetError as eg:
        print("caught group:", eg.exceptions)
    print("cancelled:", sorted(cancelled))


asyncio.run(main())
