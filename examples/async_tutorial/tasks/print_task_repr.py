# Printing tasks, as tutorials do, at each stage (file path replaced for stability).
import asyncio


class User:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"User(name={self.name!r}, email={self.name.lower()}@example.com)"


async def load_user(name):
    await asyncio.sleep(0.01)
    return User(name)


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


async def main():
    t = asyncio.create_task(load_user("Alice"))
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(User("Bob"))
    show(fut)
    fut2 = asyncio.get_running_loop().create_future()
    fut2.set_result(["a" * 40, 2, 3, 4, 5, 6, 7])
    show(fut2)


asyncio.run(main())
