# Every asyncio.run call makes a fresh event loop and closes it at the end.
import asyncio

loops = []


async def main(n):
    loop = asyncio.get_running_loop()
    loops.append(loop)
    print("run", n, "loop running:", loop.is_running())
    return n * n


print(asyncio.run(main(1)))
print(asyncio.run(main(2)))
print("same loop twice:", loops[0] is loops[1])
print("closed:", [lp.is_closed() for lp in loops])
