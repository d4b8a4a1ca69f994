# gather with return_exceptions=True: failures come back as values, in order.
import asyncio


async def div(a, b, delay):
    await asyncio.sleep(delay)
    return a / b


async def main():
    results = await asyncio.gather(
        div(1, 2, 0.1),
        div(1, 0, 0.05),
        div(9, 3, 0.15),
        return_exceptions=True,
    )
    print(results)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)
    try:
        await asyncio.gather(div(1, 2, 0.1), div(1, 0, 0.05))
    except ZeroDivisionError as e:
        print("without return_exceptions:", e)


asyncio.run(main())
