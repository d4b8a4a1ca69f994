# About 3M loop iterations of integer arithmetic, list append and indexing.
def run(n):
    items = []
    total = 0
    for i in range(n):
        items.append(i * 7 % 1000)
    for i in range(n):
        total += items[i] * 3 - (i & 15)
        if total > 1000000007:
            total %= 1000000007
    return total, len(items)


total, count = run(1_500_000)
print("loop checksum:", total, count)
