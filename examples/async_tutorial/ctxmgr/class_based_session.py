# A class-based async context manager, like an aiohttp ClientSession stand-in.
import asyncio


class Session:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.open = True
        print(f"[{self.name}] connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.open = False
        print(f"[{self.name}] closed (exception: {exc_type.__name__ if exc_type else None})")
        return False

    async def get(self, path):
        await asyncio.sleep(0.02)
        if path == "/missing":
            raise LookupError(path)
        return f"{self.name}{path}: 200 OK"


async def main():
    async with Session("api") as s:
        print(await s.get("/users"))
        print(await s.get("/posts"))
    print("open after block:", s.open)
    try:
        async with Session("api2") as s:
            await s.get("/missing")
    except LookupError as e:
        print("LookupError propagated:", e)


asyncio.run(main())
