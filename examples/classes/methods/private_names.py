# Leading underscores: _internal by convention, __mangled by the compiler.
class Safe:
    def __init__(self, code):
        self._hint = "starts with " + str(code)[0]
        self.__code = code

    def check(self, guess):
        return guess == self.__code


s = Safe(4321)
print(s._hint)
print(s.check(1234), s.check(4321))
try:
    print(s.__code)
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(vars(s)))
print(s._Safe__code)
