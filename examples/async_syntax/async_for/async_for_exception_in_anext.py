# An exception raised by __anext__ leaves the async for loop.
import asyncio


class Reader:
    def __init__(self, lines):
        self.lines = list(lines)

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if not self.lines:
            raise StopAsyncIteration
        line = self.lines.pop(0)
        if line == "":
            raise ValueError("empty line")
        return line


async def read_all(lines):
    seen = []
    try:
        async for line in Reader(lines):
            seen.append(line)
    except ValueError as e:
        return seen, f"stopped: {e}"
    return seen, "complete"


async def main():
    print(await read_all(["a", "b"]))
    print(await read_all(["a", "", "c"]))


asyncio.run(main())
