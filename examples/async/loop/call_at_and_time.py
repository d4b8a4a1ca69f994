# loop.time() is the loop's clock; call_at takes an absolute time on it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    done = loop.create_future()

    def ring(label):
        print(label, "at", round(loop.time() - start, 1))

    loop.call_at(start + 0.3, ring, "call_at +0.3")
    loop.call_at(start + 0.1, ring, "call_at +0.1")
    loop.call_later(0.2, ring, "call_later 0.2")
    loop.call_at(start + 0.4, done.set_result, None)
    await done
    print("elapsed", round(loop.time() - start, 1))


asyncio.run(main())
