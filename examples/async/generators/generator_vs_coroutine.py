# Generators and coroutines are built alike: both suspend and resume,
# both report their return value with StopIteration.
import asyncio


def gen():
    yield "paused"
    return "gen result"


async def coro():
    await asyncio.sleep(0)
    return "coro result"


for obj in [gen(), coro()]:
    print(type(obj).__name__)
    print("  first send:", obj.send(None))
    try:
        obj.send(None)
    except StopIteration as e:
        print("  finished with", e.value)
