def average(scores: list[float]) -> float:
    return sum(scores) / len(scores)


def find(names: list[str], target: str) -> int | None:
    for i, n in enumerate(names):
        if n == target:
            return i
    return None


def tally(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


print(average([3.5, 4.0, 5.0]))
print(find(["a", "b"], "b"), find(["a"], "z"))
print(tally(["x", "y", "x"]))
print(average.__annotations__)
print(find.__annotations__)


class Student:
    name: str
    grade: int = 0

    def __init__(self, name: str, grade: int = 0) -> None:
        self.name = name
        self.grade = grade


print(Student.__annotations__, Student("Ann").grade)
limit: int = 10
print(__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...])
