# Variant of the seed program: gather() takes the coroutines directly (no
# create_task), the sleeps are given in decreasing order, and each call
# reports when it finished. The results keep the order of the arguments,
# the "finished" lines follow the sleep times.
import asyncio
import time


async def sleep(loop, sec):
    await loop.run_in_executor(None, time.sleep, sec)
    print('finished sleeping', sec)
    return sec


async def main():
    loop = asyncio.get_running_loop()
    return await asyncio.gather(*(sleep(loop, sec) for sec in [0.3, 0.1, 0.2]))


start = time.monotonic()
result = asyncio.run(main())
print('result :', result)
print('total time : {0:.1f} sec'.format(time.monotonic() - start))
