# __iter__ and __next__: a class that is its own iterator, and one that is not.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print(n)

c = Countdown(2)
print(list(c), list(c))      # an iterator is used up after one pass


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        # a fresh generator every time: the deck can be iterated again
        for card in self.cards:
            yield card


deck = Deck(["A", "K", "Q"])
print(list(deck), list(deck))
it = iter(deck)
print(next(it), next(it), next(it), next(it, "empty"))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
print(dict(zip(Deck("xy"), Countdown(2))))
