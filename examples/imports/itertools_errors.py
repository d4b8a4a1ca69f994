# itertools argument checks and their messages
import itertools

cases = [
    lambda: itertools.count("a"),
    lambda: itertools.count(1, 2, 3),
    lambda: itertools.repeat(),
    lambda: itertools.cycle(),
    lambda: itertools.cycle([1], x=1),
    lambda: itertools.islice([1, 2]),
    lambda: itertools.islice([1, 2], -1),
    lambda: itertools.islice([1, 2], "3"),
    lambda: itertools.islice([1, 2], -2, 5),
    lambda: itertools.islice([1, 2], 0, 5, 0),
    lambda: itertools.accumulate([1], foo=1),
    lambda: itertools.chain([1], x=2),
    lambda: list(itertools.chain([1], 2)),
    lambda: itertools.takewhile(bool),
    lambda: itertools.groupby(),
    lambda: itertools.compress([1]),
    lambda: itertools.tee([1], -1),
    lambda: itertools.zip_longest([1], fill=0),
    lambda: itertools.pairwise(3),
    lambda: list(itertools.starmap(pow, [1])),
]
for f in cases:
    try:
        f()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
