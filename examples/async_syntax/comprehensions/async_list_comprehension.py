# [x async for x in agen()] collects from an async generator.
import asyncio


async def letters(text):
    for ch in text:
        await asyncio.sleep(0)
        yield ch


async def main():
    print([ch async for ch in letters("abc")])
    print([ch.upper() async for ch in letters("hello") if ch != "l"])
    print([(ch, i) async for ch in letters("xy") for i in range(2)])
    pairs = [a + b async for a in letters("ab") async for b in letters("12")]
    print(pairs)


asyncio.run(main())
