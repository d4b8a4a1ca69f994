# __aexit__ returning True swallows the exception; nested async with statements.
import asyncio


class Ignore:
    def __init__(self, *types):
        self.types = types

    async def __aenter__(self):
        return None

    async def __aexit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print(f"ignored {et.__name__}: {ev}")
            return True
        return False


class Timer:
    async def __aenter__(self):
        self.start = asyncio.get_running_loop().time()
        return self

    async def __aexit__(self, *exc):
        self.elapsed = asyncio.get_running_loop().time() - self.start


async def main():
    async with Timer() as t, Ignore(ZeroDivisionError, KeyError):
        await asyncio.sleep(0.1)
        {}["nope"]
        print("not printed")
    print(f"took {t.elapsed:.1f}s")
    async with Ignore(KeyError):
        print("no exception here")
    try:
        async with Ignore(KeyError):
            raise ValueError("not ignored")
    except ValueError as e:
        print("ValueError passed through:", e)


asyncio.run(main())
