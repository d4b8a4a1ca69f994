# A subclass of ExceptionGroup: split() uses derive() to build the parts,
# so overriding derive() keeps the subclass and its extra data.
class Errors(ExceptionGroup):
    def derive(self, excs):
        part = Errors(self.message, excs)
        part.request_id = self.request_id
        return part


errs = Errors("request failed", [ValueError("a"), TypeError("b")])
errs.request_id = 17
match, rest = errs.split(ValueError)
print(type(match).__name__, repr(match), match.request_id)
print(type(rest).__name__, repr(rest), rest.request_id)


class Plain(ExceptionGroup):
    pass


m, r = Plain("p", [ValueError(1), TypeError(2)]).split(TypeError)
print("without derive():", type(m).__name__, type(r).__name__)

try:
    raise errs
except* TypeError as eg:
    print("except* gives the subclass:", type(eg).__name__, eg.request_id)
except* ValueError as eg:
    print("and again:", type(eg).__name__, eg.exceptions)

try:
    Plain("p", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
