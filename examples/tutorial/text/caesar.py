import string


def shift_char(ch, key):
    if ch.isupper():
        base = ord("A")
    elif ch.islower():
        base = ord("a")
    else:
        return ch
    return chr((ord(ch) - base + key) % 26 + base)


def encrypt(msg, key):
    return "".join(shift_char(c, key) for c in msg)


def decrypt(msg, key):
    return encrypt(msg, -key)


msg = "Hello, World! Attack at dawn."
for key in (1, 3, 13, 25, -4, 52):
    enc = encrypt(msg, key)
    print(f"key={key:>3}: {enc}")
    assert decrypt(enc, key) == msg

# Using str.maketrans / translate
key = 5
lower = string.ascii_lowercase
upper = string.ascii_uppercase
table = str.maketrans(lower + upper, lower[key:] + lower[:key] + upper[key:] + upper[:key])
print(msg.translate(table))

# brute force
secret = encrypt("the secret meeting is at noon", 7)
print("secret:", secret)
for k in range(26):
    guess = decrypt(secret, k)
    if "secret" in guess:
        print("found key", k, "->", guess)
