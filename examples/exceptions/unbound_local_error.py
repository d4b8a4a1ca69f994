# Assigning to a name anywhere in a function makes it local everywhere in it
count = 10

def broken():
    print("reading count...")
    count += 1
    return count

def also_broken():
    if False:
        total = 0
    return total

def fixed():
    global count
    count += 1
    return count

for fn in [broken, also_broken, fixed]:
    try:
        print(fn.__name__, "->", fn())
    except UnboundLocalError as e:
        print(fn.__name__, "-> UnboundLocalError:", e)
        print("  is a NameError:", isinstance(e, NameError))

def deleted():
    v = 1
    del v
    return v

try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
