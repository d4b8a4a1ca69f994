class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def is_empty(self):
        return not self._items

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


class Queue:
    def __init__(self, items=()):
        self._items = list(items)

    def enqueue(self, item):
        self._items.append(item)

    def dequeue(self):
        return self._items.pop(0)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self) > 0

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, item):
        return item in self._items

    def __repr__(self):
        return "Queue(" + ", ".join(map(repr, self._items)) + ")"


def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in expr:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.is_empty() or st.pop() != pairs[ch]:
                return False
    return st.is_empty()


s = Stack()
for i in range(4):
    s.push(i * 10)
print(s, len(s), s.peek(), s.pop(), s)
while not s.is_empty():
    print("popped", s.pop())
try:
    s.pop()
except IndexError as e:
    print("error:", e)
for e in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(f"{e!r:12} balanced={balanced(e)}")
q = Queue(["a", "b"])
q.enqueue("c")
print(q, len(q), "b" in q, "z" in q, list(q))
while q:
    print("serving", q.dequeue())
print(q, bool(q))


def rpn(tokens):
    st = Stack()
    for t in tokens.split():
        if t in "+-*/":
            b, a = st.pop(), st.pop()
            st.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t])
        else:
            st.push(int(t))
    return st.pop()


print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("7 2 /"))
