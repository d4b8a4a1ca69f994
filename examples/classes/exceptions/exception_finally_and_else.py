# try/except/else/finally with a custom exception class.
class RetryLater(Exception):
    def __init__(self, seconds):
        super().__init__(f"retry in {seconds}s")
        self.seconds = seconds


def attempt(n):
    print("attempt", n)
    if n < 3:
        raise RetryLater(n * 10)
    return "done"


n = 1
while True:
    try:
        result = attempt(n)
    except RetryLater as e:
        print("  failed:", e)
        n += 1
    else:
        print("  success:", result)
        break
    finally:
        print("  finally runs every time")

# Re-raising keeps the same object
try:
    try:
        raise RetryLater(5)
    except RetryLater as first:
        saved = first
        raise
except RetryLater as second:
    print(second is saved, second.seconds)
