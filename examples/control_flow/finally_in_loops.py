# finally runs even when break or continue leaves the try block
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

n = 0
while True:
    try:
        n += 1
        if n == 2:
            break
    finally:
        print("cleanup for n =", n)
print("n =", n)
