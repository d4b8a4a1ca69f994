# KeyboardInterrupt (what Ctrl-C raises) that nobody catches: finally blocks run,
# the traceback ends with the bare exception name, and the program exits by SIGINT.
def work():
    try:
        print("working")
        raise KeyboardInterrupt
    finally:
        print("cleanup runs")


work()
print("never printed")
