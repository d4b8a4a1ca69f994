# Mapping patterns look keys up with get(), ignore extra keys, and **rest
# collects the others.
from collections import defaultdict


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={rest}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": kind, **rest} if not rest:
            return f"bare {kind}"
        case {"type": kind}:
            return f"other {kind}"
        case {**everything}:
            return f"no type: {sorted(everything)}"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "button": "left"},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "enter"},
    {"type": "scroll"},
    {"size": 3, "id": 1},
]
for e in events:
    print(handle(e))

d = defaultdict(int, type="click")
match d:
    case {"type": t, "missing": m}:
        print("matched", m)
    case {"type": t}:
        print("defaultdict", t, dict(d))


class Config(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)


match Config(a=1, b=2):
    case {"b": b, "a": a}:
        print(a, b)

match {1: "one", "1": "string one", None: "none"}:
    case {1: x, "1": y, None: z}:
        print(x, y, z)
