from dataclasses import dataclass, field


@dataclass
class Product:
    name: str
    price: float
    tags: list = field(default_factory=list)
    qty: int = 0

    def total(self):
        return self.price * self.qty


p = Product("pen", 1.5, qty=4)
print(p, p.total())
print(p == Product("pen", 1.5, [], 4), Product("a", 1) == Product("b", 1))
q = Product("book", 12.0, ["paper"])
q.qty += 2
print(q, q.tags)


@dataclass(frozen=True, order=True)
class Pair:
    a: int
    b: int


print(sorted([Pair(2, 1), Pair(1, 5), Pair(1, 2)]))
