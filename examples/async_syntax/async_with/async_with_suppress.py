# __aexit__ returning True suppresses the exception, like __exit__.
import asyncio


class Shield:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.suppressed = []

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.suppressed.append(repr(exc))
            return True
        return False


async def risky(n):
    await asyncio.sleep(0)
    if n % 3 == 0:
        raise KeyError(n)
    if n % 3 == 1:
        raise ZeroDivisionError(f"bad {n}")
    return n


async def main():
    shield = Shield(KeyError, ZeroDivisionError)
    results = []
    for n in range(5):
        async with shield:
            results.append(await risky(n))
    print("results:", results)
    print("suppressed:", shield.suppressed)

    try:
        async with Shield(KeyError):
            raise RuntimeError("not in the list")
    except RuntimeError as e:
        print("escaped:", e)


asyncio.run(main())
