message = "Héllo, wörld!"
data = message.encode("utf-8")
print(data, len(message), len(data))
print(data[0], data[1], data[:5], data[-1])
print(list(data[:4]), [hex(b) for b in data[:3]])
print(data.decode("utf-8") == message, data.decode("latin-1"))
for b in b"Hi!":
    print(b, chr(b), format(b, "08b"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", b"abc".upper(), b"a,b,c".split(b","))
print(b"hello".hex(), bytes.fromhex("48656c6c6f"), bytes(range(65, 70)))
buf = bytearray(b"hello")
buf[0] = ord("J")
buf.append(33)
print(buf, bytes(buf), buf.decode())


def checksum(blob):
    return sum(blob) % 256


print(checksum(b"abc"), checksum("€uro".encode()))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
