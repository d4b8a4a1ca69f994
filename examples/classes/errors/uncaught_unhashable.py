# A class with __eq__ but no __hash__ cannot go into a set.
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)


hand = [Card("A", "spades"), Card("A", "spades"), Card("K", "hearts")]
print(hand[0] == hand[1])
unique = set(hand)
print(len(unique))
