# __lt__ is enough for sorted(), min() and max().
class Player:
    def __init__(self, name, score):
        self.name = name
        self.score = score

    def __lt__(self, other):
        return self.score < other.score

    def __repr__(self):
        return f"{self.name}:{self.score}"


team = [Player("ann", 30), Player("bob", 12), Player("cy", 45), Player("di", 12)]
print(sorted(team))
print(sorted(team, reverse=True))
print(min(team), max(team))
print(team[0] < team[1], team[0] > team[1])   # > uses the reflected __lt__

try:
    print(team[0] <= team[1])
except TypeError as e:
    print("TypeError:", e)

team.sort()
print(team)
