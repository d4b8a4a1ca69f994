# With `from __future__ import annotations` (PEP 563) annotations are not
# evaluated: each one is kept as a string, so names may be used before
# they exist.
from __future__ import annotations


class Node:
    value: int
    next: Node | None = None

    def append(self, other: Node) -> Node:
        self.next = other
        return other


def total(nodes: list[Node], start: int = 0) -> int:
    return start + sum(n.value for n in nodes)


print(Node.__annotations__)
print(Node.append.__annotations__)
print(total.__annotations__)
print(type(total.__annotations__["nodes"]).__name__)


def later(x: NotDefinedYet) -> dict[str, tuple[int, ...]]:
    return x


print(later.__annotations__, later(5))
size: Optional[int] = None
print(__annotations__)
