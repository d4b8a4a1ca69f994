# golden: stderr
# The seed's coroutine (with the ':' the note forgot). Calling it runs
# nothing: it only makes a coroutine object, which is never awaited.
import asyncio

async def ctf():
    print('hello async friend')


ctf()
print('ctf() returned without printing')
