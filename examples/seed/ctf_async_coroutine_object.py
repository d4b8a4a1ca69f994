# The seed's coroutine (with the ':' the note forgot): calling it builds a
# coroutine object; asyncio.run() is what runs it.
import asyncio

async def ctf():
    print('hello async friend')


coro = ctf()
print(type(coro).__name__)
print(asyncio.iscoroutine(coro))
print('nothing printed yet')
asyncio.run(coro)
print('done')
