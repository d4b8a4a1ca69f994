# Annotations are ordinary values kept in __annotations__: on functions,
# classes and the module; `X | None` builds a types.UnionType.


def greet(name: str, times: int = 1, *names: str, loud: bool = False, **extra: float) -> str:
    return (name + "! ") * times


print(greet.__annotations__)
print(greet("hi", 2))


def untyped(a, b=2):
    return a


print(untyped.__annotations__, (lambda x: x).__annotations__)


class Inventory:
    owner: str
    items: dict[str, int] = {}
    capacity: int | None = None

    def add(self, name: str, count: int = 1) -> "Inventory":
        return self


print(Inventory.__annotations__)
print(Inventory.add.__annotations__["return"], Inventory.capacity)
print("owner" in Inventory.__dict__, "items" in Inventory.__dict__)

counter: int = 0
names: list[str]
print(__annotations__)

hint = int | None
print(hint, type(hint).__name__, isinstance(5, hint), isinstance("x", hint), isinstance(None, hint))
print(int | str | None, list[int] | dict[str, int], issubclass(bool, int | str))
print(tuple[int, ...], dict[str, list[tuple[int, str]]])


def check(value: int | str) -> str:
    match value:
        case int():
            return "int"
        case str():
            return "str"


print(check(1), check("a"), check.__annotations__)

for flag in [True]:
    inside_loop: bool = flag
print(__annotations__)
