# Retry a flaky operation with a per-attempt timeout and backoff.
import asyncio

attempts = {"n": 0}


async def flaky():
    attempts["n"] += 1
    delay = [0.3, 0.3, 0.05][attempts["n"] - 1]
    await asyncio.sleep(delay)
    return f"success on attempt {attempts['n']}"


async def with_retries(coro_fn, retries, timeout):
    backoff = 0.01
    for attempt in range(1, retries + 1):
        try:
            return await asyncio.wait_for(coro_fn(), timeout=timeout)
        except asyncio.TimeoutError:
            print(f"attempt {attempt} timed out; retrying in {backoff:.2f}s")
            await asyncio.sleep(backoff)
            backoff *= 2
    raise RuntimeError("all retries failed")


async def main():
    print(await with_retries(flaky, 3, 0.1))


asyncio.run(main())
