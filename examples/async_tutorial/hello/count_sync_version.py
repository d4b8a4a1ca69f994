# Real Python's countsync.py: the blocking version takes 3x as long.
import time


def count():
    print("One")
    time.sleep(0.1)
    print("Two")


def main():
    for _ in range(3):
        count()


if __name__ == "__main__":
    s = time.perf_counter()
    main()
    elapsed = time.perf_counter() - s
    print(f"{__file__.split('/')[-1]} executed in {elapsed:0.1f} seconds.")
