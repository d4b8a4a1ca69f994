students = [
    {"name": "Alice", "grade": 88, "age": 20},
    {"name": "bob", "grade": 95, "age": 22},
    {"name": "Charlie", "grade": 88, "age": 19},
    {"name": "diana", "grade": 72, "age": 21},
    {"name": "Eve", "grade": 95, "age": 20},
]

by_grade = sorted(students, key=lambda s: s["grade"], reverse=True)
print([s["name"] for s in by_grade])

by_grade_then_name = sorted(students, key=lambda s: (-s["grade"], s["name"].lower()))
print([s["name"] for s in by_grade_then_name])

print(sorted(s["name"] for s in students))
print(sorted((s["name"] for s in students), key=str.lower))
print(sorted(students, key=lambda s: s["age"])[0])

students.sort(key=lambda s: len(s["name"]))
print([s["name"] for s in students])

top = max(students, key=lambda s: (s["grade"], -s["age"]))
print("Top:", top["name"])
youngest = min(students, key=lambda s: s["age"])
print("Youngest:", youngest)

grades = [s["grade"] for s in students]
print(sorted(grades), sorted(grades, reverse=True), sorted(set(grades)))
avg = sum(grades) / len(grades)
print(f"Average: {avg}")
print("Above average:", [s["name"] for s in students if s["grade"] > avg])

pairs = [(3, "c"), (1, "b"), (3, "a"), (2, "z"), (1, "a")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["pear", "Fig", "apple", "kiwi", "banana"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 2, n)))
