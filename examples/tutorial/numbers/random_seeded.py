import random

random.seed(42)
print(random.random())
print(random.randint(1, 100), random.randint(1, 100), random.randint(1, 6))
print(random.choice(["rock", "paper", "scissors"]))
deck = list(range(1, 11))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
print(round(random.uniform(1.5, 2.5), 6))
print(random.randrange(0, 100, 5), random.randrange(10))
print(random.choices("abc", k=5))
random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls)
counts = {face: rolls.count(face) for face in range(1, 7)}
print(counts)
random.seed("hello")
print(random.random())
random.seed(1)
a = [random.random() for _ in range(3)]
random.seed(1)
b = [random.random() for _ in range(3)]
print(a == b, [round(x, 4) for x in a])
random.seed(7)
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.gauss(0, 1))
