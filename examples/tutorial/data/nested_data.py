library = {
    "fiction": [
        {"title": "Dune", "author": "Herbert", "year": 1965, "tags": ["sci-fi", "classic"]},
        {"title": "Emma", "author": "Austen", "year": 1815, "tags": ["romance"]},
    ],
    "science": [
        {"title": "Cosmos", "author": "Sagan", "year": 1980, "tags": ["space"]},
    ],
}

for section, books in library.items():
    print(f"{section.upper()} ({len(books)})")
    for b in books:
        print(f"  - {b['title']} by {b['author']} ({b['year']}) {', '.join(b['tags'])}")

library["science"].append({"title": "Brief History", "author": "Hawking", "year": 1988, "tags": []})
library.setdefault("poetry", []).append({"title": "Odes", "author": "Keats", "year": 1819, "tags": ["classic"]})

all_books = [b for books in library.values() for b in books]
print(len(all_books), [b["title"] for b in all_books])
classics = [b["title"] for b in all_books if "classic" in b["tags"]]
print("Classics:", classics)
print("Oldest:", min(all_books, key=lambda b: b["year"])["title"])
by_century = {}
for b in all_books:
    century = b["year"] // 100 + 1
    by_century.setdefault(century, []).append(b["title"])
print(dict(sorted(by_century.items())))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1][2], matrix[-1][-1], [row[0] for row in matrix])
matrix[0][0] = 100
print(matrix)

grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
bad = [[0] * 3] * 2
bad[0][1] = 5
print(bad)

config = {"db": {"host": "localhost", "port": 5432}, "debug": True}
print(config["db"]["port"], config.get("cache", {}).get("size", 128))
config["db"]["port"] += 1
print(config)
