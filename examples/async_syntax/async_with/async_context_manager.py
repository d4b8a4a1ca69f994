# async with calls __aenter__ and __aexit__, both awaited.
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def __aenter__(self):
        print(f"connecting to {self.name}")
        await asyncio.sleep(0.01)
        self.open = True
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        self.open = False
        print(f"disconnected from {self.name} (exception: {exc_type})")
        return False

    async def query(self, sql):
        await asyncio.sleep(0)
        return f"{self.name}: result of {sql!r}"


async def main():
    conn = Connection("db1")
    async with conn as c:
        print("open inside:", c.open, c is conn)
        print(await c.query("SELECT 1"))
    print("open after:", conn.open)

    async with Connection("a") as a, Connection("b") as b:
        print("using", a.name, "and", b.name)


asyncio.run(main())
