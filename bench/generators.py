# 1,000,000 values through a three-stage generator pipeline:
# source -> transform -> running sum, consumed by a for loop.
def source(n):
    for i in range(n):
        yield i


def transform(values):
    for v in values:
        yield v * 7 % 1000


def running_sum(values):
    total = 0
    for v in values:
        total += v
        yield total


count = 0
last = 0
for last in running_sum(transform(source(1_000_000))):
    count += 1
print("generators checksum:", count, last)
