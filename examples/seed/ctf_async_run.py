import asyncio

async def ctf():
    print('hello async friend')


asyncio.run(ctf())
