# chr, ord, hex, bin, oct
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("é"), ord("€"))
print(chr(65), chr(97), chr(48), chr(233), chr(8364), chr(0x1F40D))
print(hex(255), hex(-255), hex(0), hex(2 ** 64))
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), oct(511))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
def caesar(text, shift):
    result = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            result.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            result.append(ch)
    return "".join(result)
secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) - 32) for c in "shout"))
print(bin(0b1010 ^ 0b0110), hex(0xff & 0x0f), format(10, "b"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
