# random after random.seed(n): every function gives CPython's exact values
import random

random.seed(2024)
print(random.random(), random.uniform(1, 10), random.uniform(-1.5, 1.5))
print([random.randint(1, 6) for _ in range(10)], random.randrange(0, 100, 5), random.randrange(7))
print(random.choice("aeiou"), random.choice([10, 20, 30]), random.choice(range(1000)))
print(random.choices(["red", "green", "blue"], k=5))
print(random.choices(["common", "rare"], weights=[9, 1], k=8))
print(random.choices("xyz", cum_weights=[1, 5, 6], k=4))
cards = [f"{r}{s}" for s in "SH" for r in "A23"]
random.shuffle(cards)
print(cards, random.sample(cards, 3), random.sample(range(10**6), 4))
print(random.sample(["gold", "silver"], 4, counts=[3, 2]))
print(random.gauss(), random.gauss(100, 15), random.normalvariate(0, 1), random.lognormvariate(0, 0.5))
print(random.expovariate(1.5), random.triangular(0, 10, 2), random.triangular(), random.betavariate(2, 5))
print(random.gammavariate(3, 2), random.gammavariate(0.7, 1), random.vonmisesvariate(0, 4))
print(random.paretovariate(2.5), random.weibullvariate(1, 1.5), random.getrandbits(64), random.getrandbits(200))
print(random.randbytes(6), random.randint(-10**25, 10**25))
for seed in [0, 1, 12345, -12345, 2**80, 1.5, "seed", b"seed"]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100))
random.seed("legacy", version=1)
print(random.random())
