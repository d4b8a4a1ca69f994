# The seed's run_in_executor program, written with asyncio.run() and
# get_running_loop(): two blocking time.sleep calls run in the loop's
# default executor, so they overlap and the total is the longest one.
import asyncio
import time


async def sleep(sec):
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, sec)  # time.sleep(sec)
    return sec


async def main():
    sec_list = [1, 2]
    tasks = [asyncio.create_task(sleep(sec)) for sec in sec_list]
    return await asyncio.gather(*tasks)


start = time.time()
result = asyncio.run(main())
end = time.time()

print('result : {}'.format(result))
print('total time : {0:.1f} sec'.format(end - start))
