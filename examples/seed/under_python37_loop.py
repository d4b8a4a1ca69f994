import asyncio

async def first_coroutine():
    print('first coroutine')
    await asyncio.sleep(0.1)
    print('first coroutine again')


# under python3.7
loop = asyncio.get_event_loop()
loop.run_until_complete(first_coroutine())
loop.close()
