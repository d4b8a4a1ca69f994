# __hash__ together with __eq__ lets objects be set members and dict keys.
class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def __eq__(self, other):
        return isinstance(other, Color) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def key(self):
        return (self.r, self.g, self.b)

    def __repr__(self):
        return f"Color{self.key()}"


red = Color(255, 0, 0)
also_red = Color(255, 0, 0)
blue = Color(0, 0, 255)
print(hash(red) == hash(also_red))
colors = {red, blue, also_red}
print(len(colors))
names = {red: "red", blue: "blue"}
print(names[also_red])
print(Color(0, 0, 255) in names)
print(sorted(colors, key=Color.key))
counts = {}
for c in [red, blue, also_red, Color(255, 0, 0)]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
