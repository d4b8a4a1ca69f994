# find, rfind, index, rindex, count, startswith, endswith
s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("xyz"), s.find("s", 4), s.find("s", 4, 5))
print(s.index("pp"), s.rindex("i"), s.count("s"), s.count("ss"), s.count("i", 5))
print(s.count(""), "".count("a"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)

print(s.startswith("miss"), s.startswith("iss", 1), s.endswith("pi"))
print(s.startswith(("a", "b", "m")), s.endswith(("x", "y")))

files = ["report.pdf", "photo.JPG", "notes.txt", "image.png"]
images = [f for f in files if f.lower().endswith((".jpg", ".png"))]
print(images)

def all_positions(text, sub):
    positions = []
    i = text.find(sub)
    while i != -1:
        positions.append(i)
        i = text.find(sub, i + 1)
    return positions

print(all_positions(s, "s"), all_positions(s, "issi"))
print("abc".find(""), "abc".rfind(""))
print("ss" in s, s.find("ss") >= 0)
