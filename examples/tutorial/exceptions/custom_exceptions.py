class AppError(Exception):
    """Base class for this app's errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFoundError(AppError):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        return f"no record with key {self.key!r}"


records = {"u1": {"name": "Ann", "age": 30}}


def get_user(key):
    if key not in records:
        raise NotFoundError(key)
    return records[key]


def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "must not be empty")
    if not 0 <= user.get("age", -1) <= 150:
        raise ValidationError("age", f"out of range: {user.get('age')}")
    return True


for key in ["u1", "u2"]:
    try:
        print(get_user(key))
    except NotFoundError as e:
        print("Not found:", e, "| key =", e.key, "| args =", e.args)

for user in [{"name": "Bo", "age": 20}, {"name": ""}, {"name": "Old", "age": 200}]:
    try:
        validate(user)
        print("valid:", user)
    except ValidationError as e:
        print(f"invalid ({e.field}):", e)

try:
    raise ValidationError("email", "bad format")
except AppError as e:
    print(type(e).__name__, isinstance(e, Exception), e.args, repr(e))

print(issubclass(ValidationError, AppError), ValidationError.__mro__[2].__name__)
print(AppError.__doc__)


class RetryError(AppError):
    def __init__(self, attempts, last):
        super().__init__(attempts, last)
        self.attempts = attempts


try:
    raise RetryError(3, "timeout")
except RetryError as e:
    print(e, e.args, e.attempts, str(e), repr(e))

e = AppError()
print(repr(e), str(e) == "", repr(AppError("x")), repr(NotFoundError("k")))
