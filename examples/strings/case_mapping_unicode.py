# Case mapping with full Unicode rules: special casing, final sigma, title case
words = ["straße", "ﬁnal ﬂow", "ǆemal", "ΟΔΥΣΣΕΥΣ", "İstanbul", "ŉ", "ΐ", "µ", "ǰ", "Ꭰꭰ"]
for w in words:
    print(w, "|", w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
print("ΣΑΣ ΣΑΣ. Σ aΣ Σa".lower())
print("ΑΣ' ΑΣ\u0301 ΑΣ-Β".lower())
print("ß".upper(), len("ß".upper()), "ẞ".lower(), "ß".casefold() == "SS".casefold())
print("hello wORLD".title(), "they're bill's".title(), "o'neil mc2 x86_64".title())
print("HELLO world".capitalize(), "1st place".capitalize(), "ǳ".capitalize(), "ǳ".title())
print("Hello World 123".swapcase(), "ǅ".swapcase(), "ß".swapcase())
print("Ǆ".lower(), "ǆ".upper(), "ǅ".upper(), "ǅ".lower())
print("ﬃ".upper(), "ﬃ".title(), "ﬃ".casefold(), "ﬃ".lower())
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "Ǟ".lower(), "ȿ".upper())
print("Σ".lower(), "ΑΣ".lower(), "Σ1".lower(), ".Σ.".lower())
for pair in [("Straße", "STRASSE"), ("ﬁ", "FI"), ("µ", "μ"), ("ς", "σ"), ("Ǆ", "ǆ")]:
    a, b = pair
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold())
print("ABC".lower(), "abc".upper(), "".upper(), "123".lower(), "MiXeD".swapcase())
