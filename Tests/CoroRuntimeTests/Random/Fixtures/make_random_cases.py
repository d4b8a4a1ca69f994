#!/usr/bin/env python3
"""Records CPython 3.11's random module outputs as random_cases.txt.

Run with the interpreter Coro mirrors (CPython 3.11.7):
    python3 make_random_cases.py > random_cases.txt

Each line is one call on one running generator, three tab-separated fields:
    op <TAB> arguments (space-separated) <TAB> expected result
`seed` lines reseed that generator (and start a new block). Results:
    ints in decimal; floats as repr; lists comma-separated; bytes as hex;
    `low` for triangular returning its low argument;
    `!ExceptionClass message` for a raised exception.
Arguments: ints in decimal, floats as repr (always with '.', 'e', 'inf'
or 'nan'), lists comma-separated (`[]` when empty), `-` for "not given".
"""

import hashlib
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version
sys.set_int_max_str_digits(0)

out = []


def fmt(v):
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, (bytes, bytearray)):
        return v.hex()
    if isinstance(v, (list, tuple)):
        return ",".join(fmt(x) for x in v)
    if v is None:
        return "-"
    raise TypeError(v)


def fmt_arg(v):
    """An argument token: like a result, but `[]` for an empty list."""
    if isinstance(v, (list, tuple)) and not v:
        return "[]"
    return fmt(v)


def emit(op, args, fn):
    try:
        result = fmt(fn())
    except Exception as e:  # noqa: BLE001 - recorded as the expected result
        result = "!%s %s" % (type(e).__name__, e)
    out.append("%s\t%s\t%s" % (op, " ".join(fmt_arg(a) for a in args), result))


class Recorder:
    def __init__(self):
        self.r = random.Random(0)

    def seed(self, kind, value, version=2):
        """kind: int, str, bytes, float (the fixture carries hash(value))."""
        self.r.seed(value, version=version)
        if kind == "int":
            arg = [str(value)]
        elif kind == "str":
            arg = [value.encode().hex() or "-"]
        elif kind == "bytes":
            arg = [value.hex() or "-"]
        elif kind == "float":
            arg = [repr(value), str(hash(value))]
        if version == 1:
            kind += "1"
            if isinstance(value, str):
                arg = [",".join(str(ord(c)) for c in value) or "-"]
        out.append("seed\t%s %s\t" % (kind, " ".join(arg)))

    def state(self):
        version, inner, gauss_next = self.r.getstate()
        words = inner[:8] + inner[-2:]
        out.append("state\t\t%d %s %s" % (version, fmt(gauss_next), fmt(words)))

    def call(self, op, *args, **kw):
        r = self.r
        if op == "sample":
            n, k = args[0], args[1]
            counts = kw.get("counts")
            emit(op, [n, k, counts], lambda: r.sample(range(n), k, counts=counts))
        elif op == "choices":
            n, k = args[0], args[1]
            w, cw = kw.get("weights"), kw.get("cum_weights")
            emit(op, [n, k, w, cw],
                 lambda: r.choices(range(n), w, cum_weights=cw, k=k))
        elif op == "shuffle":
            n = args[0]

            def go():
                x = list(range(n))
                r.shuffle(x)
                return x
            emit(op, [n], go)
        elif op == "choice":
            emit(op, [args[0]], lambda: r.choice(range(args[0])))
        elif op == "randrange":
            a = list(args) + [None] * (3 - len(args))
            if a[2] is None:
                emit(op, a, lambda: r.randrange(a[0], a[1]))
            else:
                emit(op, a, lambda: r.randrange(a[0], a[1], a[2]))
        elif op == "triangular":
            def go():
                res = r.triangular(*args)
                # The very object passed as low: the ZeroDivisionError path.
                return "low" if args and res is args[0] else res
            out_args = list(args) + [None] * (3 - len(args))
            try:
                res = go()
                result = res if res == "low" else fmt(res)
            except Exception as e:  # noqa: BLE001
                result = "!%s %s" % (type(e).__name__, e)
            out.append("%s\t%s\t%s" % (op, " ".join(fmt(x) for x in out_args), result))
        else:
            emit(op, list(args), lambda: getattr(r, op)(*args))

    def savestate(self):
        self.saved = self.r.getstate()
        out.append("savestate\t\t")

    def loadstate(self):
        self.r.setstate(self.saved)
        out.append("loadstate\t\t")


def standard_script(rec, long=False):
    """A mix of every function whose draws chain through one generator."""
    c = rec.call
    rec.state()
    for _ in range(3):
        c("random")
    for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 128, 200):
        c("getrandbits", k)
    if long:
        for k in range(1, 201):
            c("getrandbits", k)
    for n in (1, 2, 10, 2**31 - 1, 2**32, 2**32 + 1, 2**53, 2**63, 2**64 - 1, 2**64,
              10**30, 3**100):
        c("randrange", n)
    c("randrange", 5, 6)
    c("randrange", -10, 10)
    c("randrange", 0, 100, 3)
    c("randrange", 100, 0, -3)
    c("randrange", -2**70, 2**70)
    c("randrange", -10**20, 10**20, 7)
    c("randrange", 2**63 - 5, 2**63 + 5)
    c("randrange", -2**63, 2**63 - 1)
    for _ in range(5):
        c("randint", 1, 10)
    for _ in range(3):
        c("randint", -5, 5)
    c("randint", 0, 2**64)
    c("randint", 7, 7)
    for n in (1, 2, 3, 10, 1000, 2**40):
        c("choice", n)
    for n in (0, 1, 2, 5, 20):
        c("shuffle", n)
    for n, k in ((100, 10), (10, 10), (10, 0), (1000, 500), (22, 5), (21, 5), (85, 10),
                 (86, 10), (1, 1), (2**40, 3), (10**6, 20)):
        c("sample", n, k)
    c("sample", 3, 4, counts=[1, 2, 3])
    c("sample", 3, 6, counts=[1, 2, 3])
    c("sample", 4, 3, counts=[0, 5, 0, 2])
    c("choices", 5, 10)
    c("choices", 1, 3)
    c("choices", 5, 0)
    c("choices", 5, -1)
    c("choices", 5, 8, weights=[1, 2, 3, 4, 5])
    c("choices", 3, 8, weights=[0.1, 0.2, 0.7])
    c("choices", 4, 8, weights=[0, 0, 1, 0])
    c("choices", 5, 8, cum_weights=[1, 3, 6, 10, 15])
    c("choices", 3, 5, cum_weights=[0.5, 0.5, 2.25])
    c("uniform", 1.0, 10.0)
    c("uniform", -2.5, 2.5)
    c("uniform", 1, 10)
    c("uniform", 10**20, 10**20 + 3)
    c("uniform", 5.0, 5.0)
    c("triangular")
    c("triangular", 1.0, 3.0)
    c("triangular", 0.0, 10.0, 2.0)
    c("triangular", 0.0, 10.0, 9.5)
    c("triangular", 0.0, 10.0, -5.0)
    c("triangular", 2.0, 2.0, 2.0)
    for _ in range(3):
        c("gauss")
    c("gauss", 100.0, 15.0)
    c("gauss", -1.0, 0.001)
    for _ in range(2):
        c("normalvariate")
    c("normalvariate", 10.0, 2.0)
    c("lognormvariate", 0.0, 0.5)
    c("expovariate", 1.5)
    c("expovariate", -0.25)
    c("vonmisesvariate", 1.0, 4.0)
    c("vonmisesvariate", 0.0, 0.0)
    c("vonmisesvariate", -3.0, 0.5)
    c("gammavariate", 0.5, 2.0)
    c("gammavariate", 1.0, 3.0)
    c("gammavariate", 2.5, 1.0)
    c("gammavariate", 9.0, 0.5)
    c("betavariate", 2.0, 5.0)
    c("betavariate", 0.5, 0.5)
    c("paretovariate", 3.0)
    c("weibullvariate", 1.0, 1.5)
    c("randbytes", 0)
    c("randbytes", 1)
    c("randbytes", 7)
    c("randbytes", 16)
    rec.state()
    rec.savestate()
    c("gauss")
    c("random")
    c("randint", 1, 6)
    rec.loadstate()
    rec.state()
    c("gauss")
    c("random")
    c("randint", 1, 6)
    rec.state()


def sha512_vectors():
    """hashlib.sha512 digests around the padding boundaries of a block."""
    for n in (0, 1, 3, 55, 56, 63, 64, 111, 112, 113, 127, 128, 129, 239, 240, 256, 1000):
        data = bytes((i * 7 + n) % 256 for i in range(n))
        out.append("sha512\t%s\t%s" % (data.hex() or "-", hashlib.sha512(data).hexdigest()))
    for text in ("abc", "hello", "h\u00e9llo \u2713"):
        data = text.encode()
        out.append("sha512\t%s\t%s" % (data.hex(), hashlib.sha512(data).hexdigest()))


def main():
    sha512_vectors()
    rec = Recorder()
    seeds = [
        ("int", 0), ("int", 1), ("int", 42), ("int", 12345), ("int", -7), ("int", 2**32 - 1),
        ("int", 2**32), ("int", 2**64 + 5), ("int", 2**70 + 3), ("int", -(2**100)),
        ("int", 10**40 + 17), ("int", 2**19937 - 1),
        ("str", "hello"), ("str", ""), ("str", "h\u00e9llo \u2713 \U0001F600"),
        ("str", "x" * 200),
        ("bytes", b"abc"), ("bytes", b""), ("bytes", bytes(range(256))),
        ("float", 3.5), ("float", -3.5), ("float", -1.0), ("float", 0.1), ("float", 1e300),
        ("float", float("inf")), ("float", float("-inf")), ("float", -0.0),
    ]
    for i, (kind, value) in enumerate(seeds):
        rec.seed(kind, value)
        standard_script(rec, long=i in (0, 2, 13))
    for value in ("hello", "", "h\u00e9llo \u2713"):
        rec.seed("str", value, version=1)
        rec.state()
        for _ in range(3):
            rec.call("random")
    for value in (b"abc", b""):
        rec.seed("bytes", value, version=1)
        rec.state()
        for _ in range(3):
            rec.call("random")

    # gauss_next survives across calls but not a reseed.
    rec.seed("int", 2024)
    rec.call("gauss")
    rec.state()
    rec.seed("int", 2024)
    rec.state()
    rec.call("gauss")
    rec.call("gauss")

    # Errors, each with the draws CPython makes before raising.
    rec.seed("int", 99)
    c = rec.call
    for args in ((10, 5), (0,), (-3,), (10, 20, 0), (10, 20, -1), (10, None, 2),
                 (10, None, 1), (10, 10), (5, 1, 2), (1, 5, -2), (2**80, 2**70)):
        c("randrange", *args)
    c("randint", 10, 5)
    c("randint", 10, 9)
    c("choice", 0)
    c("sample", 3, 4)
    c("sample", 3, -1)
    c("sample", 3, 2**70)
    c("sample", 0, 0)
    c("sample", 2, 1, counts=[1])
    c("sample", 2, 1, counts=[0, 0])
    c("sample", 2, 5, counts=[1, 2])
    c("sample", 2, 1, counts=[2**63, 1])
    c("sample", 0, 0, counts=[])
    c("choices", 0, 1)
    c("choices", 0, 0)
    c("choices", 0, 2, weights=[])
    c("choices", 1, 1, weights=[1, 2])
    c("choices", 1, 1, weights=[0])
    c("choices", 2, 1, weights=[1, -1])
    c("choices", 1, 1, weights=[float("inf")])
    c("choices", 1, 1, weights=[float("nan")])
    c("choices", 1, 2**70)
    c("choices", 2, 2**70, weights=[1, 1])
    c("random")
    c("getrandbits", -1)
    c("getrandbits", 2**31)
    c("getrandbits", -2**31 - 1)
    c("randbytes", -1)
    c("expovariate", 0.0)
    c("paretovariate", 0.0)
    c("weibullvariate", 1.0, 0.0)
    c("gammavariate", 0.0, 1.0)
    c("gammavariate", 1.0, -1.0)
    c("betavariate", -1.0, 1.0)
    c("lognormvariate", 1000.0, 1.0)
    c("uniform", 0, 10**400)
    c("random")
    print("\n".join(out))


main()
