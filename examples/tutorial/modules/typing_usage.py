from typing import Dict, List, Optional, Tuple, Union


def parse(pairs: List[str]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for p in pairs:
        k, v = p.split("=")
        out[k] = int(v)
    return out


def first(items: List[int]) -> Optional[int]:
    return items[0] if items else None


def span(xs: List[float]) -> Tuple[float, float]:
    return min(xs), max(xs)


def describe(v: Union[int, str]) -> str:
    return f"{type(v).__name__}:{v}"


print(parse(["a=1", "b=2"]), first([]), first([5, 6]), span([3.0, 1.5]), describe(3), describe("x"))
print(Optional[int], List[str])
