# `match` and `case` are soft keywords: outside a match statement they are
# ordinary names.
match = ["a", "b"]
case = {"key": "value"}
print(match[0], case["key"])


def match(*args):
    return len(args)


print(match(1, 2, 3))
match, case = 1, 2
print(match + case)
match = {"case": 5}
print(match["case"])


class Matcher:
    def match(self, text):
        return text.startswith("m")


print(Matcher().match("match"))

match (match["case"], 3):
    case (5, case):
        print("matched, case =", case)
    case _:
        print("no match")

match -1:
    case -1:
        print("negative literal")

match match:
    case {"case": 5}:
        print("a dict named match")
