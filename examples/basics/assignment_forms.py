# Chained assignment, tuple/list unpacking, subscript and attribute targets

a = b = c = 7
print(a, b, c)

x, y = 1, 2
print(x, y)
x, y = y, x
print("swapped:", x, y)

[p, q, r] = "PQR"
print(p, q, r)

(m, n), o = (1, 2), 3
print(m, n, o)

nums = [0, 0, 0]
nums[0] = 10
nums[-1] = 30
print(nums)

grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)

d = {}
d["one"] = 1
d["two"] = d["one"] + 1
print(d)

i = 0
i, nums[i] = 2, 99   # i is assigned first, then nums[2]
print(i, nums)

def tally():
    return tally.count

tally.count = 0      # attribute target on a function object
tally.count += 5
print("tally:", tally())

lst1 = lst2 = []
lst1.append("shared")
print(lst1, lst2, lst1 is lst2)
