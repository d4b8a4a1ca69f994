# Coroutine objects also have throw() and close(), like generators.
import asyncio


async def guarded():
    try:
        await asyncio.sleep(0)
        print("resumed normally")
    except KeyError as e:
        print("guarded caught KeyError", e)
        return "handled"
    finally:
        print("guarded finally")


c = guarded()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("returned", e.value)

c2 = guarded()
c2.send(None)
c2.close()
print("closed")

c3 = guarded()
c3.close()
print("closed before start: no output")
