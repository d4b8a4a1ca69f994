# bytearray is the mutable sibling of bytes: same methods, plus item
# assignment, append, extend, insert, pop, remove and slice assignment.
buf = bytearray(b"hello world")
print(buf, len(buf), buf[0], buf[-1], buf[:5], type(buf[:5]).__name__)
buf[0] = ord("H")
buf[6:11] = b"there"
print(buf, buf.upper(), buf.find(b"there"), buf.startswith(b"Hell"))
buf.append(ord("!"))
buf.extend(b" ok")
buf.extend([33, 33])
buf.insert(0, 62)
print(buf, buf.pop(), buf.pop(0), buf)
buf.remove(ord(" "))
print(buf, buf.decode(), bytes(buf), bytes(buf) == buf, buf == b"Hellothere! ok!")
print(bytearray(3), bytearray([65, 66, 67]), bytearray("é", "utf-8"), bytearray())
print(bytearray(b"abc") + b"def", b"x" + bytearray(b"y"), bytearray(b"ab") * 2)
print(list(bytearray(b"hi")), [hex(b) for b in bytearray(b"\x00\xff")], b"i" in bytearray(b"hi"))
copy = buf.copy()
copy.clear()
print(copy, buf.count(b"!"), buf.split(b" "), buf.hex())
reversed_buf = bytearray(b"abc")
reversed_buf.reverse()
print(reversed_buf, str(reversed_buf), repr(bytearray(b"it's")))

for bad in [lambda: buf.__setitem__(0, 300), lambda: buf.append("x"), lambda: hash(buf),
            lambda: bytearray(b"").pop(), lambda: buf.remove(200), lambda: {buf: 1}]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)

frame = bytearray()
for word in ["len", "prefixed"]:
    frame.append(len(word))
    frame += word.encode()
print(frame, isinstance(frame, bytearray), isinstance(frame, bytes))

alias = frame
frame += b"!"
print(alias is frame, alias)
