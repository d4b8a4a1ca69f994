# str.replace, with and without a count
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("fish", "cat", 0))
print(s.replace("dog", "cat"))
print("aaaa".replace("aa", "b"))
print("abc".replace("", "-"))
print("a b  c".replace(" ", ""))
print("Hello".replace("l", "L", 1))

def censor(text, words):
    for w in words:
        text = text.replace(w, "*" * len(w))
    return text

print(censor("darn this heck of a thing", ["darn", "heck"]))
template = "Dear NAME, your order ID ships today. Thanks, NAME!"
print(template.replace("NAME", "Sam").replace("ID", "#42"))
