log = """2024-01-01 INFO start
2024-01-01 ERROR disk full
2024-01-02 WARN slow response
2024-01-02 ERROR timeout
2024-01-03 INFO stop
2024-01-03 ERROR disk full"""


def lines(text):
    for line in text.split("\n"):
        yield line


def parse(rows):
    for row in rows:
        date, level, message = row.split(" ", 2)
        yield {"date": date, "level": level, "msg": message}


def only(level, records):
    return (r for r in records if r["level"] == level)


errors = list(only("ERROR", parse(lines(log))))
print(len(errors))
for r in errors:
    print(r["date"], "-", r["msg"])

per_day = {}
for r in parse(lines(log)):
    per_day.setdefault(r["date"], []).append(r["level"])
print(per_day)

msgs = {}
for r in only("ERROR", parse(lines(log))):
    msgs[r["msg"]] = msgs.get(r["msg"], 0) + 1
print(msgs)


def chunked(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


print(list(chunked(list(range(10)), 4)), list(chunked("abcdefg", 3)))


def numbered(it, start=1):
    n = start
    for item in it:
        yield f"{n:03d}: {item}"
        n += 1


print("\n".join(numbered(["alpha", "beta", "gamma"])))
gen = (n for n in range(5))
print(3 in gen, list(gen))
print(sorted((len(w), w) for w in "a bb ccc dd e".split()))
print(dict((w, len(w)) for w in ["x", "yy"]), set(c for c in "aab") == {"a", "b"})
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(next(iter([])), "unreachable") if False else print("iter ok", next(iter("xyz")))
