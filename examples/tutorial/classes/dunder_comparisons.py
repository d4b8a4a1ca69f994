import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version('" + ".".join(map(str, self.parts)) + "')"

    def __hash__(self):
        return hash(self.parts)


vs = [Version("1.10.0"), Version("1.2.3"), Version("0.9"), Version("1.2.10")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.0.1"), Version("2.0") >= Version("1.9"), Version("1.0") <= Version("1.0"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"), Version("1.0") == "1.0")


class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __lt__(self, other):
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)

    def __eq__(self, other):
        return self.rank == other.rank and self.suit == other.suit

    def __str__(self):
        return self.rank + self.suit

    __repr__ = __str__


hand = [Card("K", "h"), Card("3", "s"), Card("A", "d"), Card("T", "c")]
print(sorted(hand), sorted(hand, reverse=True), max(hand))
print(Card("K", "h") in hand, Card("K", "s") in hand, hand.index(Card("A", "d")))
print(Card("2", "h") > Card("3", "h"))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    __radd__ = __add__

    def __str__(self):
        return f"${self.cents / 100:.2f}"


print(sum([Money(150), Money(275), Money(5)]), Money(1) + 99, 5 + Money(5))
