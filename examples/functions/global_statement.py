# global lets a function rebind a module-level name
counter = 0
history = []

def increment():
    global counter
    counter += 1

def record(item):
    history.append(item)      # mutating needs no global statement

def reset():
    global counter, history
    counter = 0
    history = []

for _ in range(3):
    increment()
record("a")
print(counter, history)
reset()
print(counter, history)

def shadow():
    counter = 99              # a new local; the global is untouched
    return counter

print(shadow(), counter)

def create_global():
    global created
    created = "made inside a function"

create_global()
print(created)
def read_only():
    return counter + 1        # reading a global needs no declaration
print(read_only())
