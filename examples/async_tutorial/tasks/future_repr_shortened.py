# A finished future's repr shortens its result as reprlib does: long strings
# keep both ends, lists show six items, dicts and sets are shown sorted.
import asyncio


class Report:
    def __init__(self, title):
        self.title = title

    def __repr__(self):
        return f"Report(title={self.title!r}, pages=120)"


async def main():
    loop = asyncio.get_running_loop()
    results = [
        "a fairly long status message that goes on and on",
        list(range(10)),
        {"zeta": 1, "alpha": 2, "mid": 3, "beta": 4, "omega": 5},
        {9, 3, 7, 1},
        (42,),
        [[[[[[[["deep"]]]]]]]],
        2 ** 150,
        Report("Quarterly numbers"),
    ]
    for value in results:
        fut = loop.create_future()
        fut.set_result(value)
        print(fut)


asyncio.run(main())
