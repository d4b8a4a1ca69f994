# Calling an async function runs none of its body: it returns a coroutine object.
import asyncio


async def greet(name):
    print("hello", name)
    return len(name)


coro = greet("ana")
print("called greet, got a", type(coro).__name__)
print("is coroutine:", asyncio.iscoroutine(coro))
print("result:", asyncio.run(coro))
