# Nested timeouts: only the one whose deadline passed turns the
# cancellation into TimeoutError; an outer one expiring goes through the
# inner block untouched.
import asyncio


async def main():
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.02) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired:", inner.expired(), "outer expired:", outer.expired())
            print("outer block continues")
            await asyncio.sleep(0.01)
        print("outer finished in time:", outer.expired())
    except TimeoutError:
        print("unexpected")

    try:
        async with asyncio.timeout(0.02) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("unexpected: inner caught it")
            finally:
                print("inner block left; inner expired:", inner.expired())
    except TimeoutError:
        print("outer expired:", outer.expired())


asyncio.run(main())
