# Tasks that already finished keep their results when a later task fails;
# except* can handle the failures by type.
import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n


async def bad(gate, exc):
    await gate
    raise exc


async def main():
    tasks = []
    # Both failures happen in the same loop iteration, when the gate opens.
    gate = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.03, gate.set_result, None)
    try:
        async with asyncio.TaskGroup() as tg:
            tasks.append(tg.create_task(ok(1)))
            tasks.append(tg.create_task(ok(2)))
            tasks.append(tg.create_task(bad(gate, TypeError("wrong type"))))
            tasks.append(tg.create_task(bad(gate, KeyError("missing"))))
            tasks.append(tg.create_task(ok(9)))
    except* TypeError as eg:
        print("TypeError part:", eg.exceptions)
    except* KeyError as eg:
        print("KeyError part:", eg.exceptions)
    for t in tasks:
        if t.cancelled():
            print("cancelled")
        elif t.exception() is not None:
            print("failed:", repr(t.exception()))
        else:
            print("result:", t.result())


asyncio.run(main())
