# __aiter__ may return a separate iterator object, so iteration can restart.
import asyncio


class PageIterator:
    def __init__(self, pages):
        self.pages = pages
        self.index = 0

    async def __anext__(self):
        if self.index == len(self.pages):
            raise StopAsyncIteration
        page = self.pages[self.index]
        self.index += 1
        await asyncio.sleep(0)
        return page


class Book:
    def __init__(self, *pages):
        self.pages = pages

    def __aiter__(self):
        print("(new iterator)")
        return PageIterator(self.pages)


async def main():
    book = Book("intro", "middle", "end")
    async for page in book:
        print("reading", page)
    async for page in book:
        print("again", page)

    it = book.__aiter__()
    print(await it.__anext__(), await anext(it))
    print(await anext(it), await anext(it, "no more pages"))
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
