# Unbounded recursion raises RecursionError (limit 1000 frames by default)
import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
    print("is a RuntimeError:", isinstance(e, RuntimeError))

def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)

print(count_down(500))
print(sys.getrecursionlimit())
try:
    count_down(5000)
except RecursionError as e:
    print("too deep:", e)
print("still running afterwards:", count_down(10))
