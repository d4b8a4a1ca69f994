# An exception in the body of `async for` abandons the async generator;
# its cleanup (closing the "connection") still happens.
import asyncio


async def rows(conn_name):
    print(f"open {conn_name}")
    try:
        for i in range(5):
            await asyncio.sleep(0.01)
            yield {"id": i}
    finally:
        print(f"close {conn_name}")


async def main():
    async for row in rows("db"):
        if row["id"] == 2:
            raise ValueError("bad row 2")
        print("row", row)


try:
    asyncio.run(main())
except ValueError as e:
    print("caught", e)
