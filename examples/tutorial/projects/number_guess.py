import random

random.seed(12345)
secret = random.randint(1, 100)
guesses = [50, 25, 75, 12, 37, 62, 88, 94, 81, 69, 56, 44, 31, 18, 6, 3, 97]

low, high = 1, 100
attempts = 0
while True:
    guess = (low + high) // 2
    attempts += 1
    if guess < secret:
        print(f"Guess {attempts}: {guess} is too low")
        low = guess + 1
    elif guess > secret:
        print(f"Guess {attempts}: {guess} is too high")
        high = guess - 1
    else:
        print(f"Guess {attempts}: {guess} is correct!")
        break
print(f"Found {secret} in {attempts} attempts")

for g in guesses:
    if g == secret:
        print("list guess hit at", g)
        break
else:
    print("no scripted guess matched", secret)

random.seed(99)
scores = {}
for player in ["Ann", "Bob", "Cy"]:
    target = random.randint(1, 20)
    tries = 0
    lo, hi = 1, 20
    while True:
        tries += 1
        g = random.randint(lo, hi)
        if g == target:
            break
        if g < target:
            lo = g + 1
        else:
            hi = g - 1
    scores[player] = tries
print(scores, min(scores, key=scores.get))
