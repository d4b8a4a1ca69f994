names = ["ann", "ben", "cy"]
scores = [90, 80, 70]
for name, score in zip(names, scores):
    print(name, score)
for i, name in zip(len(names), names):
    print(i, name)
