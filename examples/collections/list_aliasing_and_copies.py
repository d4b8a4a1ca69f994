# Names refer to objects: aliasing, shallow copies and nested lists
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
d = list(a)
e = a.copy()
c.append("c")
print(a, c, d, e, a == d, a is d)

grid = [[0] * 3] * 3        # three references to the same row
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)

outer = [[1, 2], [3, 4]]
shallow = outer.copy()
shallow[0].append(99)       # inner lists are shared
shallow[1] = "replaced"
print(outer, shallow)

def add_item(lst, item):
    lst.append(item)        # mutates the caller's list

def rebind(lst):
    lst = ["new"]           # only rebinds the local name
    return lst

data = []
add_item(data, "x")
print(data, rebind(data), data)
print([1, 2] + [3], [0] * 4, [[]] * 2, [1, [2, [3, [4]]]])
