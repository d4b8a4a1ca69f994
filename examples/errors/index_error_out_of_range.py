# Reading past the end of a list inside a nested call
def nth(items, n):
    return items[n]

def show_first_three(items):
    for i in range(3):
        print(i, nth(items, i))

show_first_three(["a", "b"])
