# Recursion without a base case exhausts the stack
def countdown(n):
    if n % 100 == 0:
        print("at", n)
    return countdown(n - 1)

countdown(300)
