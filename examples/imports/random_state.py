# random.Random instances, getstate/setstate, and random's error messages
import random

rng = random.Random(7)
other = random.Random(7)
print(rng.random() == other.random(), rng.randint(1, 1000), other.randint(1, 1000))
print(type(rng).__name__, isinstance(rng, random.Random), rng.choice("abc"))
random.seed(99)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], state[0], len(state[1]), state[2])
random.gauss()
saved = random.getstate()
print(type(saved[2]).__name__, random.gauss() == (random.setstate(saved) or random.gauss()))
rng.seed(7)
print(rng.random() == random.Random(7).random())

cases = [
    lambda: random.randint(1),
    lambda: random.randint(5, 1),
    lambda: random.randrange(0),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, step=2),
    lambda: random.randrange("a"),
    lambda: random.choice([]),
    lambda: random.sample({1, 2, 3}, 2),
    lambda: random.sample([1, 2], 3),
    lambda: random.choices([1, 2], 2),
    lambda: random.choices([1, 2], [1], cum_weights=[1, 2]),
    lambda: random.choices([1, 2], [0, 0]),
    lambda: random.seed([1, 2]),
    lambda: random.getrandbits(-1),
    lambda: random.random(1),
    lambda: random.expovariate(0),
    lambda: random.gammavariate(-1, 1),
    lambda: random.setstate((9, (), None)),
    lambda: random.setstate((3, [], None)),
    lambda: random.shuffle((1, 2, 3)),
]
for f in cases:
    try:
        f()
        print("no error")
    except (TypeError, ValueError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
