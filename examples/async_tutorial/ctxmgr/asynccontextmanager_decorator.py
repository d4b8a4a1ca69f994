# contextlib.asynccontextmanager, the decorator most tutorials use.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name):
    print(f"open {name}")
    await asyncio.sleep(0.01)
    try:
        yield f"<conn {name}>"
    finally:
        await asyncio.sleep(0.01)
        print(f"close {name}")


async def main():
    async with connection("db") as conn:
        print("using", conn)
    try:
        async with connection("cache") as conn:
            raise RuntimeError("query failed")
    except RuntimeError as e:
        print("error:", e)


asyncio.run(main())
