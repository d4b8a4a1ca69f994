# Lists of dicts, dicts of lists, and their reprs
library = [
    {"title": "Dune", "year": 1965, "tags": ["sf", "classic"]},
    {"title": "Emma", "year": 1815, "tags": []},
    {"title": "It's Kind of a Funny Story", "year": 2006, "tags": ["ya"]},
]
print(library[0])
print(library[2]["title"], library[0]["tags"][1])
for book in library:
    tags = ", ".join(book["tags"]) or "(none)"
    print(f"{book['title']} ({book['year']}): {tags}")
oldest = min(library, key=lambda b: b["year"])
print("oldest:", oldest["title"])
by_decade = {}
for book in library:
    decade = book["year"] // 10 * 10
    by_decade.setdefault(decade, []).append(book["title"])
print(by_decade)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(matrix, transposed)
config = {"db": {"host": "localhost", "ports": (5432, 5433)}, "debug": False}
print(config)
config["db"]["ports"] = config["db"]["ports"] + (5434,)
print(config["db"])
print([[], [[]], [{}], {"a": [{}]}])
