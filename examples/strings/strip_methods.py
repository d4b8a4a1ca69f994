# strip, lstrip, rstrip, with and without a set of characters
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."))
print("--==title==--".strip("-="))
print("123abc321".strip("0123456789"))
print(repr("".strip()), repr("    ".strip()))
print("path/to/dir///".rstrip("/"))
print("0042".lstrip("0"), "0000".lstrip("0") or "0")
lines = ["  a  ", "\tb", "c\n"]
print([l.strip() for l in lines])
print("banana".strip("ab"), "banana".rstrip("an"))
print(repr("  mixed  ".removeprefix("  ").removesuffix("  ")))
