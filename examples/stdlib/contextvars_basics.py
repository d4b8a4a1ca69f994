import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


def log(msg):
    print(f"[{request_id.get()}] {user.get('anonymous')}: {msg}")


log("startup")
token = request_id.set("r1")
user.set("ann")
log("handling")
request_id.reset(token)
log("after reset")
ctx = contextvars.copy_context()


def in_context():
    request_id.set("r2")
    log("inside copy")
    return request_id.get()


print(ctx.run(in_context), request_id.get(), ctx[request_id], request_id in ctx, len(ctx))
print(request_id.name, token.var is request_id, token.old_value is contextvars.Token.MISSING)
try:
    request_id.reset(token)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" has")[0].split(" var=")[0], "has already been used once")
try:
    contextvars.ContextVar("missing").get()
except LookupError:
    print("LookupError")
