# A few deterministic things from sys
import sys

print(len(sys.argv), sys.argv[0].endswith(".py"))
print(type(sys.argv).__name__)
print(sys.getrecursionlimit())
print(sys.maxsize == 2 ** 63 - 1)
print(type(sys.version).__name__, sys.version_info[0], sys.version_info >= (3, 0))
sys.stdout.write("written with sys.stdout.write\n")
print(sys.argv[1:], "extra arguments")
