# 500k dict inserts and look-ups with int and str keys.
def run(n):
    by_int = {}
    by_str = {}
    for i in range(n // 2):
        by_int[i * 31 % 1000003] = i
        by_str["key" + str(i)] = i
    hits = 0
    total = 0
    for i in range(n // 2):
        k = i * 17 % 1000003
        if k in by_int:
            hits += 1
            total += by_int[k]
        total += by_str.get("key" + str(i), 0)
    return len(by_int), len(by_str), hits, total


print("dicts checksum:", *run(500_000))
