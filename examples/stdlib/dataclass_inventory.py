from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError("negative price")

    @property
    def total(self):
        return self.price * self.qty


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


inv = [Item("apple", 0.5, 6), Item("pear", 0.75, tags=["fruit"])]
print(inv, [i.total for i in inv])
print(asdict(inv[1]), astuple(inv[0]), [f.name for f in fields(Item)])
print(replace(inv[0], qty=2), inv[0] == Item("apple", 0.5, 6), Item.__doc__)
print(sorted([Version(1, 2), Version(1), Version(0, 9)]), Version(2) > Version(1, 9), hash(Version(1)) == hash(Version(1, 0)))
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Item("x", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
