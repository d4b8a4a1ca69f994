# Handling several kinds of failures from concurrent work with except*,
# each clause seeing only its own kind.
import asyncio


async def main():
    gate = asyncio.get_running_loop().create_future()

    async def fail_at_gate(exc):
        await gate
        raise exc

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_at_gate(TimeoutError("service A timed out")))
            tg.create_task(fail_at_gate(ConnectionError("service B refused")))
            tg.create_task(fail_at_gate(ValueError("service C sent garbage")))
            asyncio.get_running_loop().call_later(0.01, gate.set_result, None)
    except* (TimeoutError, ConnectionError) as eg:
        print("network problems:", sorted(str(e) for e in eg.exceptions))
    except* ValueError as eg:
        print("bad data:", [str(e) for e in eg.exceptions])


asyncio.run(main())
