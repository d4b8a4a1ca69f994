# Non-ASCII text: lengths, slicing, ord/chr, case mapping
word = "héllo"
print(word, len(word), word[1], word[1:3], word[::-1])
print(word.upper(), "ÀÉÎ".lower())
greek = "αβγδε"
print(greek, len(greek), greek[-2:], greek.upper())
print(ord("é"), chr(233), ord("€"), hex(ord("€")), chr(0x1F600) == "😀")
emoji = "I ❤ Python 🐍"
print(emoji, len(emoji), emoji[-1], emoji.split())
cjk = "日本語テキスト"
print(cjk[:3], len(cjk), cjk.find("テ"))
print("naïve café".title(), "straße".replace("ß", "ss"))
print(ascii("héllo"), repr("héllo"))
print(sorted("éaz"), "é" > "z")
print([c for c in "año" if not c.isascii()])
print("Zoë".center(9, "*"), f"[{'ü':^5}]")
print("\u00e9" == "é", len("e\u0301"))
