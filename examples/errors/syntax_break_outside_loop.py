# break is only allowed inside a loop
def stop():
    break

print("unreachable")
