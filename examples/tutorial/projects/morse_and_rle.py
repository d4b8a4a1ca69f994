MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
}
REVERSE = {v: k for k, v in MORSE.items()}


def to_morse(text):
    return " / ".join(" ".join(MORSE[c] for c in word) for word in text.upper().split())


def from_morse(code):
    return " ".join("".join(REVERSE[s] for s in w.split()) for w in code.split(" / "))


m = to_morse("SOS help me")
print(m)
print(from_morse(m))


def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle_encode(s)
    print(repr(s), "->", repr(e), "->", rle_decode(e) == s)


def pig_latin(word):
    vowels = "aeiou"
    if word[0] in vowels:
        return word + "way"
    for i, ch in enumerate(word):
        if ch in vowels:
            return word[i:] + word[:i] + "ay"
    return word + "ay"


print(" ".join(pig_latin(w) for w in "the quick brown fox eats apples rhythm".split()))
