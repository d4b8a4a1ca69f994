class TodoList:
    def __init__(self):
        self.tasks = []
        self.next_id = 1

    def add(self, title, priority="normal"):
        task = {"id": self.next_id, "title": title, "done": False, "priority": priority}
        self.tasks.append(task)
        self.next_id += 1
        return task["id"]

    def find(self, task_id):
        for t in self.tasks:
            if t["id"] == task_id:
                return t
        raise LookupError(f"no task #{task_id}")

    def complete(self, task_id):
        self.find(task_id)["done"] = True

    def delete(self, task_id):
        self.tasks.remove(self.find(task_id))

    def show(self, only_pending=False):
        order = {"high": 0, "normal": 1, "low": 2}
        tasks = sorted(self.tasks, key=lambda t: (t["done"], order[t["priority"]], t["id"]))
        for t in tasks:
            if only_pending and t["done"]:
                continue
            mark = "x" if t["done"] else " "
            print(f"  [{mark}] #{t['id']:<2} {t['title']:<20} ({t['priority']})")
        done = sum(t["done"] for t in self.tasks)
        print(f"  {done}/{len(self.tasks)} done")


commands = [
    "add Buy milk",
    "add Write report|high",
    "add Call mom|low",
    "add Fix bike",
    "list",
    "done 2",
    "done 9",
    "del 3",
    "del three",
    "pending",
    "list",
    "quit",
]

todo = TodoList()
for line in commands:
    cmd, _, arg = line.partition(" ")
    print(f"> {line}")
    try:
        if cmd == "add":
            title, _, prio = arg.partition("|")
            print("  added #%d" % todo.add(title, prio or "normal"))
        elif cmd == "done":
            todo.complete(int(arg))
        elif cmd == "del":
            todo.delete(int(arg))
        elif cmd == "list":
            todo.show()
        elif cmd == "pending":
            todo.show(only_pending=True)
        elif cmd == "quit":
            print("  bye")
            break
    except LookupError as e:
        print("  error:", e)
    except ValueError as e:
        print("  bad number:", e)
