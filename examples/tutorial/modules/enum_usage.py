from enum import Enum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], list(Color), len(Color))
print(Color.RED == Color.RED, Color.RED is Color(1), Color.RED == 1)
for s in Status:
    print(s.name, s.value)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
