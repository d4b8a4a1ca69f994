phone = {"alice": "555-1234", "bob": "555-9876"}
phone["carol"] = "555-1111"
print(phone)
print(phone["bob"], phone.get("dave"), phone.get("dave", "unknown"))
print("alice" in phone, "555-1234" in phone, "555-1234" in phone.values())
print(len(phone), list(phone), list(phone.keys()), list(phone.values()))
print(list(phone.items()))
del phone["bob"]
print(phone)
print(phone.pop("carol"), phone.pop("zed", None), phone)
phone.update({"eve": "555-0000", "alice": "555-4321"})
phone.update(frank="555-2222")
print(phone)
print(phone.setdefault("alice", "x"), phone.setdefault("gina", "555-3333"))
print(phone.popitem(), phone)
copy = phone.copy()
copy["alice"] = "changed"
print(phone["alice"], copy["alice"])
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))))
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"))
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged)
d = {"a": 1}
d |= {"z": 26}
print(d)
squares = {n: n * n for n in range(6)}
print(squares)
even_sq = {k: v for k, v in squares.items() if k % 2 == 0}
print(even_sq)
inverted = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inverted)
for key in sorted(squares, reverse=True)[:3]:
    print(key, "->", squares[key])
print({1: "a", True: "b", 1.0: "c"})
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print({} == dict(), {"a": 1, "b": 2} == {"b": 2, "a": 1})
d2 = {}
for word in "the cat and the hat and the bat".split():
    d2[word] = d2.get(word, 0) + 1
print(d2, max(d2, key=d2.get))
print(list(reversed({"x": 1, "y": 2, "z": 3})))
