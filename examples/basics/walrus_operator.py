# Assignment expressions (:=)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

# consume a list in a while loop
queue = ["a", "b", "c"]
while (item := queue.pop() if queue else None) is not None:
    print("got", item)

values = [1, 5, 12, 7, 20]
big = [y for x in values if (y := x * 2) > 10]
print(big)

total = 0
print([total := total + v for v in values])
print("running total ended at", total)

def first_long(words):
    for w in words:
        if (size := len(w)) > 4:
            return w, size
    return None

print(first_long(["hi", "hello", "hey"]))
print(first_long(["a"]))
print((z := 5) * z)
