# __await__ may return an iterator of another class instead of a generator.
import asyncio


class StepIterator:
    def __init__(self, steps, result):
        self.steps = steps
        self.result = result

    def __iter__(self):
        return self

    def __next__(self):
        if self.steps == 0:
            raise StopIteration(self.result)     # the value of the await
        self.steps -= 1
        print("  step, left:", self.steps)
        return None        # a bare yield lets the event loop run other things


class Countdown:
    def __init__(self, steps):
        self.steps = steps

    def __await__(self):
        return StepIterator(self.steps, f"counted {self.steps}")


async def main():
    print(await Countdown(2))
    print(await Countdown(0))
    results = await asyncio.gather(Countdown(1), Countdown(1))
    print(results)


asyncio.run(main())
