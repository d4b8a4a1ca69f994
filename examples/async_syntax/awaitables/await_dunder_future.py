# __await__ delegating to a Future that another task completes.
import asyncio


class Signal:
    def __init__(self):
        self.future = asyncio.get_running_loop().create_future()

    def fire(self, value):
        self.future.set_result(value)

    def __await__(self):
        print("  waiting for the signal...")
        value = yield from self.future.__await__()
        print("  signal received:", value)
        return f"handled {value}"


async def firer(signal):
    await asyncio.sleep(0.01)
    print("firing")
    signal.fire(42)


async def main():
    signal = Signal()
    asyncio.create_task(firer(signal))
    print(await signal)
    print(await signal)           # the future is already done: no waiting


asyncio.run(main())
