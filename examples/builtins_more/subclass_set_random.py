# Subclasses of set, frozenset and random.Random.
import random


class Tags(set):
    def __repr__(self):
        return "Tags(" + ", ".join(sorted(self)) + ")"


tags = Tags(["b", "a"])
tags.add("c")
print(tags, len(tags), "a" in tags, type(tags | {"z"}).__name__, sorted(tags & {"a", "q"}))
tags.owner = "me"
print(tags.owner, vars(tags), isinstance(tags, set), tags == {"a", "b", "c"}, sorted(tags))


class Bag(set):
    pass


bag = Bag([3, 1, 2])
print(bag, repr(Bag()), bag | {9}, bag - {1}, type(bag.copy()).__name__, bag.issubset({1, 2, 3, 4}))
bag.clear()
bag.update([5, 6])
print(bag, Bag.__mro__)


class Frozen(frozenset):
    pass


f = Frozen([1, 2])
print(f, repr(f), Frozen(), hash(f) == hash(frozenset([1, 2])), f == {1, 2}, {f: "x"}[frozenset([1, 2])])
print(type(f.copy()).__name__, type(f | {3}).__name__, type(frozenset(f)).__name__, f.union([4]))


class Dice(random.Random):
    def __init__(self, sides, seed=None):
        super().__init__(seed)
        self.sides = sides
        self.rolls = 0

    def roll(self):
        self.rolls += 1
        return self.randint(1, self.sides)


d = Dice(6, seed=42)
print([d.roll() for _ in range(5)], d.sides, d.rolls, isinstance(d, random.Random), type(d).__name__)
print(d.random(), d.choice("abc"), d.sample(range(10), 3), d.uniform(1, 2))
d.seed(1)
print(d.random(), Dice(20, seed=1).random(), Dice(4, 7).sides)


class Unseeded(random.Random):
    def __init__(self, name):
        self.name = name


u = Unseeded("never seeded")
print(u.name, u.random(), u.random())
