# upper, lower, title, capitalize, swapcase, casefold
s = "hello World, it's PYTHON time"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ß straße".upper(), "ÉCOLE".lower())
print("o'neil mc-donald 3rd".title())
print("".upper(), "123abc".capitalize(), " lead".capitalize())

def normalize(name):
    return name.strip().lower().capitalize()

for raw in ["  alice", "BOB  ", "cHaRlIe"]:
    print(repr(raw), "->", normalize(raw))

print("Hello".lower() == "hELLO".lower())
print(s)   # strings are immutable: s itself never changed
