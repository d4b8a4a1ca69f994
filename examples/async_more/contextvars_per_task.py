# Each task runs in its own copy of the context: a ContextVar set in one
# task is not seen by the others, nor by the code that created them.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handle(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    print(f"handler {n} sees {request_id.get()}")
    return request_id.get()


async def child():
    # A task inherits a copy of its creator's context.
    print("child inherits", request_id.get())
    request_id.set("changed-in-child")


async def main():
    request_id.set("main")
    results = await asyncio.gather(*(handle(i) for i in range(3)))
    print("gathered", results)
    print("main still sees", request_id.get())
    await asyncio.create_task(child())
    print("after child, main sees", request_id.get())

    ctx = contextvars.copy_context()
    task = asyncio.get_running_loop().create_task(handle(7), context=ctx)
    await task
    print("given context now holds", ctx[request_id])
    print("main sees", request_id.get())


request_id.set("module")
asyncio.run(main(), debug=False)
print("after asyncio.run:", request_id.get())
