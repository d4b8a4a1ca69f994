tasks = ["wash", "dry"]
while True:
    task = tasks.pop()
    print("doing", task)
