import random
import string

random.seed(31337)


def make_password(length=12, symbols=True):
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits]
    if symbols:
        pools.append("!@#$%^&*")
    chars = [random.choice(pool) for pool in pools]
    everything = "".join(pools)
    chars += [random.choice(everything) for _ in range(length - len(chars))]
    random.shuffle(chars)
    return "".join(chars)


def strength(pw):
    score = 0
    score += len(pw) >= 8
    score += len(pw) >= 12
    score += any(c.islower() for c in pw)
    score += any(c.isupper() for c in pw)
    score += any(c.isdigit() for c in pw)
    score += any(c in string.punctuation for c in pw)
    return ["very weak", "weak", "weak", "fair", "good", "strong", "very strong"][score]


for n in [6, 8, 12, 16]:
    pw = make_password(n)
    print(f"{n:>2}: {pw:<16} {strength(pw)}")
print(make_password(10, symbols=False))
for pw in ["abc", "password1", "Password1", "P@ssw0rd!2024"]:
    print(f"{pw!r:>16}: {strength(pw)}")
pin = "".join(random.choices(string.digits, k=4))
print("PIN:", pin, len(pin))
