async def ctf()
    print('hello async friend')
