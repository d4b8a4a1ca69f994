# A task's state along its life: pending, then finished with a result.
import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "job result"


def show(label, t):
    print(f"{label}: done={t.done()} cancelled={t.cancelled()}")


async def main():
    t = asyncio.create_task(job())
    show("created", t)
    await asyncio.sleep(0)
    show("started", t)
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("result() too early:", e)
    await asyncio.sleep(0.2)
    show("finished", t)
    print("result:", t.result(), "exception:", t.exception())


asyncio.run(main())
