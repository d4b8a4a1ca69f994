# bytes: equality, hashing, iteration as ints, indexing, slicing, len, in,
# concatenation, repetition, repr, decode/encode, and common methods.

data = b"hello"
print(data == b"hello", data != b"world", data == "hello", hash(data) == hash(b"hello"))
print(len(data), list(data), data[0], data[-1], data[1:3], data[::-1], type(data[0]).__name__)
print(b"ell" in data, 104 in data, 120 in data, data + b" world", data * 2, 2 * data, data * 0)
print(repr(data), str(data), repr(b"it's"), repr(b'say "hi"'), repr(b"\x00\xff\n\t\\"))
print(bytes(3), bytes([65, 66, 67]), bytes("hé", "utf-8"), bytes(range(3)), bytes(), b"" == bytes())
print([byte for byte in b"ab"], sorted(b"cab"), max(b"abc"), sum(b"\x01\x02"), bool(b""), bool(b"x"))
print(b"a" < b"b", b"ab" > b"a", b"" < b"a", sorted([b"b", b"a", b"ab"]), {data: 1}[b"hello"])
print(data.decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), "hé".encode())
print(str(b"abc", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"abc"), b"abc".decode("ascii"))
for raw in [b"\xff", b"a\x80b", b"\xe2\x82", b"\xe2\x82x", b"ok\xe2\x82\xac"]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            print(errors, repr(raw.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(errors, "UnicodeDecodeError:", e)
try:
    b"caf\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

print(b"Hello".upper(), b"Hello".lower(), data.startswith(b"he"), data.endswith((b"x", b"lo")))
print(data.split(b"l"), b"a b  c".split(), b"a-b-c".split(b"-", 1), b"-".join([b"a", b"b"]))
print(data.find(b"l"), data.find(108), data.rfind(b"l"), data.index(b"e"), data.count(b"l"))
print(data.replace(b"l", b"L"), b"aaa".replace(b"a", b"b", 2), b"  x  ".strip(), b"xxhixx".strip(b"x"))
print(data.hex(), bytes.fromhex("de ad be ef"), b"abc".isalpha(), b"123".isdigit(), b"ABC".isupper())
it = iter(b"ab")
print(type(it).__name__, it.__next__(), next(it), list(it))
for bad in [
    lambda: data[10],
    lambda: data + "x",
    lambda: "x" in data,
    lambda: 300 in data,
    lambda: data.find("l"),
    lambda: data.split("l"),
    lambda: b"-".join(["a"]),
    lambda: data["x"],
]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
