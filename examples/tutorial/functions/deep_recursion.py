import sys

sys.setrecursionlimit(20000)
print("limit:", sys.getrecursionlimit())


def list_sum(items, i=0):
    if i == len(items):
        return 0
    return items[i] + list_sum(items, i + 1)


def count_down(n):
    if n == 0:
        return "liftoff"
    return count_down(n - 1)


print(list_sum(list(range(3000))))
print(count_down(5000))
print(list_sum(list(range(8000))))
