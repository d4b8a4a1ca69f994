# An exception nobody catches leaves asyncio.run and ends the program.
import asyncio


async def check(age):
    await asyncio.sleep(0.01)
    if age < 0:
        raise ValueError(f"age must be positive, got {age}")
    return age


async def main():
    print(await check(30))
    print(await check(-1))
    print("not reached")


asyncio.run(main())
