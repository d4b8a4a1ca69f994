import os

path = "notes_tmp.txt"
with open(path, "w") as f:
    f.write("first line\n")
    f.write("second line\n")
    print("third line", file=f)

with open(path) as f:
    content = f.read()
print(repr(content))

with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip())

with open(path, "a") as f:
    f.writelines(["fourth\n", "fifth\n"])

with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[-1].strip())

with open(path) as f:
    print(f.readline().strip(), "|", f.readline().strip())

print(os.path.exists(path), os.path.getsize(path))
os.remove(path)
print(os.path.exists(path))
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
