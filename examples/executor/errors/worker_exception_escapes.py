# An exception raised in a run_in_executor function is re-raised where the
# future is awaited; nothing catches it, so it escapes asyncio.run().
import asyncio
import time


def load(name):
    time.sleep(0.1)
    raise FileNotFoundError(f'no such record: {name!r}')


async def main():
    loop = asyncio.get_running_loop()
    print('loading...')
    data = await loop.run_in_executor(None, load, 'users')
    print('never printed', data)


asyncio.run(main())
