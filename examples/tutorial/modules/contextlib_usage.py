from contextlib import contextmanager, suppress


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("div") as t:
    print("inside", t)
    with tag("p"):
        print("text")

with suppress(KeyError):
    {}["missing"]
print("suppressed KeyError")
try:
    with tag("oops"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
