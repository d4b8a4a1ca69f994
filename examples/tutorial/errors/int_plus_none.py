def maybe_double(n):
    if n > 0:
        return n * 2


values = [maybe_double(x) for x in [1, 2, -1]]
print(values)
print(sum(values))
