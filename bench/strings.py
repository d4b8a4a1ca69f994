# str.format, join and split over 200k items.
def run(n):
    parts = []
    for i in range(n):
        parts.append("{}:{:05d}:{:x}:{}".format("item", i, i * 7, i % 97))
    text = ",".join(parts)
    checksum = 0
    words = []
    for field in text.split(","):
        name, num, hexa, mod = field.split(":")
        checksum += int(num) + int(hexa, 16) % 13 + len(name) * int(mod)
        words.append(name.upper() + hexa)
    joined = " ".join(words)
    checksum += len(joined.split()) + joined.count("ITEM")
    return len(text), len(joined), checksum


length, joined_length, checksum = run(200_000)
print("strings checksum:", length, joined_length, checksum)
