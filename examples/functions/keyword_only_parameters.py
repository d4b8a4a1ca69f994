# Parameters after * (or after *args) must be passed by keyword
def connect(host, port=80, *, timeout=10, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"

print(connect("example.org"))
print(connect("example.org", 443, secure=True))
print(connect("localhost", timeout=1))
try:
    connect("localhost", 8080, 5)
except TypeError as e:
    print("TypeError:", e)

def log(*messages, level):
    return f"[{level}] " + " ".join(messages)

print(log("disk", "full", level="WARN"))
try:
    log("oops")
except TypeError as e:
    print("TypeError:", e)

def tag(name, /, **attrs):     # positional-only name
    attrs_text = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<{name}{attrs_text}>"

print(tag("a", href="/home"), tag("br"), tag("p", name="intro"))
try:
    tag(name="div")
except TypeError as e:
    print("TypeError:", e)

def clamp(value, *, low=0, high=100):
    return max(low, min(high, value))

print(clamp(150), clamp(-5), clamp(50, low=60), clamp(7, high=5))
print(clamp.__kwdefaults__)
