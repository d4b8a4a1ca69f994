def ctf():
    print('hello sync friend')


ctf()
