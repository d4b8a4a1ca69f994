students = {
    "Alice": [92, 88, 95, 79],
    "Bob": [65, 70, 58, 81],
    "Chen": [100, 97, 99, 100],
    "Dana": [55, 42, 61, 50],
    "Eli": [],
}


def letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"


print(f"{'Name':<8}{'Scores':<22}{'Avg':>7}{'Grade':>7}")
summary = {}
for name, scores in students.items():
    if not scores:
        print(f"{name:<8}{'(none)':<22}{'-':>7}{'-':>7}")
        continue
    avg = sum(scores) / len(scores)
    g = letter(avg)
    summary.setdefault(g, []).append(name)
    print(f"{name:<8}{str(scores):<22}{avg:>7.2f}{g:>7}")

print()
for grade in "ABCDF":
    names = summary.get(grade, [])
    print(f"{grade}: {', '.join(names) if names else '-'}")

all_scores = [s for sc in students.values() for s in sc]
print(f"class average: {sum(all_scores) / len(all_scores):.3f}")
print("highest:", max(all_scores), "lowest:", min(all_scores))
best = max((n for n in students if students[n]), key=lambda n: sum(students[n]) / len(students[n]))
print("best student:", best)
curve = 5
curved = {n: [min(100, s + curve) for s in sc] for n, sc in students.items()}
print(curved["Alice"], curved["Chen"])
passing = sorted(n for n, sc in students.items() if sc and sum(sc) / len(sc) >= 60)
print("passing:", passing, len(passing), "of", len(students))
