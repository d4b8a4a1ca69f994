# Wrapping low-level errors in custom ones with raise ... from ...
class ParseError(Exception):
    def __init__(self, line, text):
        super().__init__(f"line {line}: cannot parse {text!r}")
        self.line = line


def parse(lines):
    numbers = []
    for i, text in enumerate(lines, start=1):
        try:
            numbers.append(int(text))
        except ValueError as e:
            raise ParseError(i, text) from e
    return numbers


print(parse(["1", "2", "3"]))
try:
    parse(["4", "five", "6"])
except ParseError as e:
    print(e)
    print("line:", e.line)
    print("cause:", type(e.__cause__).__name__, "-", e.__cause__)
    print("suppress context:", e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise ParseError(9, "?")
except ParseError as e:
    print("context:", type(e.__context__).__name__, e.__context__, e.__cause__)
