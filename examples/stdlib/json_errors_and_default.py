import json
from datetime import date

for bad in ['{"a": 1,}', "[1, 2", "", "nul", '{"a" 1}', '{"a": 1} x', "'single'"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e.msg} (line {e.lineno}, col {e.colno}, pos {e.pos})")

try:
    json.dumps({"when": date(2024, 1, 2)})
except TypeError as e:
    print("TypeError:", e)


def encode(obj):
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")


print(json.dumps({"when": date(2024, 1, 2), "tags": {"b", "a"}}, default=encode))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"p": Point(1, 2)}, cls=PointEncoder))
try:
    json.dumps(Point(0, 0), cls=PointEncoder, default=None) and json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"price": 1.10}', parse_float=str), json.loads('[1, 2]', object_hook=None))
print(json.loads('{"a": {"b": 2}}', object_hook=lambda d: sorted(d.items())))
print(isinstance(json.JSONDecodeError("m", "doc", 0), ValueError))
