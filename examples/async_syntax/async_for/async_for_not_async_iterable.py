# async for needs __aiter__; a plain list is not enough (caught here).
import asyncio


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class BadAiter:
    def __aiter__(self):
        return [1, 2]           # not an async iterator


async def main():
    for thing in [[1, 2], OnlyIter(), BadAiter()]:
        try:
            async for x in thing:
                print(x)
        except TypeError as e:
            print("TypeError:", e)
    for x in OnlyIter():
        print("a plain for works:", x)


asyncio.run(main())
