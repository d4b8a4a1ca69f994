# pass as a placeholder body
def todo():
    pass

for i in range(3):
    pass
print("loop variable after empty loop:", i)

if True:
    pass
else:
    print("never")

while False:
    pass

try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")

print(todo())
count = 0
for n in range(10):
    if n % 3:
        pass
    else:
        count += 1
print("multiples of 3 below 10:", count)
