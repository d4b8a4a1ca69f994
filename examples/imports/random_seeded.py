# random is deterministic after random.seed(n)
import random

random.seed(42)
print(random.random())
print(random.randint(1, 100), random.randint(1, 100), random.randint(1, 100))
print(random.choice(["rock", "paper", "scissors"]))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
print(round(random.uniform(1.0, 2.0), 6))
print(random.randrange(0, 50, 5))
random.seed(42)
print(random.random())            # the same first value again
random.seed(2024)
print([random.randint(0, 9) for _ in range(10)])
