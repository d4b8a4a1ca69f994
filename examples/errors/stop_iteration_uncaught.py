# next() on an exhausted iterator without a default
items = iter(["only"])
print(next(items))
print(next(items))
