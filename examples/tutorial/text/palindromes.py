def clean(s):
    return "".join(ch.lower() for ch in s if ch.isalnum())


def is_palindrome(s):
    c = clean(s)
    return c == c[::-1]


def is_palindrome_loop(s):
    c = clean(s)
    i, j = 0, len(c) - 1
    while i < j:
        if c[i] != c[j]:
            return False
        i += 1
        j -= 1
    return True


samples = [
    "racecar",
    "A man, a plan, a canal: Panama",
    "Was it a car or a cat I saw?",
    "hello",
    "",
    "No 'x' in Nixon",
    "Step on no pets!",
    "Python",
]

for s in samples:
    a = is_palindrome(s)
    b = is_palindrome_loop(s)
    assert a == b
    print(f"{s!r:35} -> {a}")

words = ["level", "noon", "abc", "refer", "stats", "kayak", "tenet", "xyz"]
pals = [w for w in words if is_palindrome(w)]
print(pals, len(pals))

def longest_pal_sub(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            sub = s[i:j]
            if sub == sub[::-1] and len(sub) > len(best):
                best = sub
    return best

for s in ["babad", "cbbd", "forgeeksskeegfor", "a"]:
    print(s, "->", longest_pal_sub(s))
