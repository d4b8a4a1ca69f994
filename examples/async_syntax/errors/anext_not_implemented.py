# A base async iterator whose __anext__ subclasses forgot to implement.
import asyncio


class Source:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise NotImplementedError(f"{type(self).__name__}.__anext__")


class Sensor(Source):
    pass


async def main():
    print("reading sensor")
    async for value in Sensor():
        print(value)


asyncio.run(main())
