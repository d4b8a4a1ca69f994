from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, Literal, Optional,
                    Sequence, Set, Tuple, TypeVar, Union, cast, get_args, get_origin)

T = TypeVar("T")
Number = Union[int, float]


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


def apply(f: Callable[[int], int], values: Iterable[int]) -> List[int]:
    return [f(v) for v in values]


def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None


def count_up(n: int) -> Iterator[int]:
    yield from range(n)


print(apply(lambda v: v * 2, [1, 2, 3]), first("xyz"), first([]), list(count_up(3)))
print(Box(5).get(), Box[str]("s").get(), Box.__parameters__, T)
print(Number, Optional[str], Dict[str, List[int]], Tuple[int, ...], Callable[..., Any])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], Union[int, int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(Literal["r", "w"], Set[int], cast(List[int], "not checked"))
mode: Literal["r", "w"] = "r"
print(isinstance([1], List), isinstance({}, Dict), issubclass(list, Sequence))
try:
    isinstance([1], List[int])
except TypeError as e:
    print("TypeError:", e)
from collections.abc import Callable as AbcCallable, Iterable as AbcIterable, Mapping
print([isinstance(x, AbcCallable) for x in (len, print, first, Box, Box(1).get, 3, "s")])
print(isinstance(range(3), AbcIterable), isinstance({}, Mapping), isinstance([], Mapping))
