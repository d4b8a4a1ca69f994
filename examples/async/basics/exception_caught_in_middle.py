# A middle coroutine catches the error, cleans up, and returns a default.
import asyncio


async def risky(n):
    await asyncio.sleep(0.01)
    if n % 2:
        raise RuntimeError(f"odd number {n}")
    return n


async def safe(n):
    try:
        return await risky(n)
    except RuntimeError as e:
        print("safe caught:", e)
        return -1
    finally:
        print("safe cleanup for", n)


async def main():
    results = []
    for n in range(4):
        results.append(await safe(n))
    print(results)


asyncio.run(main())
