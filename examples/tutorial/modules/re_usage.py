import re

text = "Contact: ann@example.com, bob.smith@mail.org; phone 555-1234 or 555-9876."
print(re.findall(r"[\w.]+@[\w.]+\w", text))
print(re.findall(r"\d{3}-\d{4}", text))
m = re.search(r"(\w+)@(\w+)\.com", text)
print(m.group(0), m.group(1), m.groups(), m.start(), m.span())
print(re.sub(r"\d", "#", "call 555-1234"))
print(re.split(r"[,;]\s*", "a, b;c,   d"))
print(bool(re.match(r"^[A-Z][a-z]+$", "Hello")), re.match(r"\d+", "abc"))
pattern = re.compile(r"(?P<key>\w+)=(?P<value>\w+)")
for m in pattern.finditer("a=1 b=two c=3"):
    print(m.group("key"), "->", m.group("value"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.fullmatch(r"\d+", "123") is not None, re.IGNORECASE is not None)
