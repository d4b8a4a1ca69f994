# __contains__ powers the `in` operator.
class Range:
    def __init__(self, low, high):
        self.low = low
        self.high = high

    def __contains__(self, value):
        print(f"(checking {value})", end=" ")
        return self.low <= value < self.high


teen = Range(13, 20)
print(15 in teen)
print(20 in teen)
print(9 not in teen)


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print("(iterating)", end=" ")
        return iter(self.items)


# Without __contains__, `in` falls back to iteration
print("b" in Bag(["a", "b"]))
print("z" in Bag([]))


class Truthy:
    def __contains__(self, value):
        return "non-empty"        # the result is converted to bool


print(1 in Truthy(), 1 not in Truthy())
