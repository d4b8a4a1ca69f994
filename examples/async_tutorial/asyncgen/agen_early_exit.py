# Breaking out of async for: the generator's finally runs when it is closed with aclose().
import asyncio


async def numbers():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers() cleaned up")


async def main():
    gen = numbers()
    async for n in gen:
        if n == 3:
            break
        print("got", n)
    await gen.aclose()
    print("after aclose")
    gen2 = numbers()
    print(await gen2.__anext__(), await gen2.asend(None))
    await gen2.aclose()
    print("done")


asyncio.run(main())
