import bisect

grades_cutoffs = [60, 70, 80, 90]
letters = "FDCBA"


def grade(score):
    return letters[bisect.bisect(grades_cutoffs, score)]


print([grade(s) for s in [33, 60, 77, 89, 90, 100]])
scores = []
for s in [50, 20, 80, 40, 70]:
    bisect.insort(scores, s)
    print(scores)
print(bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2))
