# Overriding __str__ controls what print(e) and str(e) show.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "must not be empty")
    if user.get("age", 0) < 18:
        raise ValidationError("age", f"{user.get('age')} is too young")
    return "ok"


for user in [{"name": "ann", "age": 30}, {"name": ""}, {"name": "bo", "age": 9}]:
    try:
        print(validate(user))
    except ValidationError as e:
        print("invalid ->", e)
        print("   args", e.args)
        print("   repr", repr(e))
        print(f"   f-string: {e}")
