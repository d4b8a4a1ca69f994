# isdigit, isalpha, isalnum, isspace, isupper, islower, isdecimal, isnumeric
samples = ["123", "abc", "abc123", "   ", "ABC", "abc", "Abc", "", "12.5", "héllo", "\t\n", "A1!"]
print(f"{'value':10} digit alpha alnum space upper lower")
for s in samples:
    row = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower()]
    print(f"{s!r:10}", " ".join(f"{str(b):5}" for b in row))

def parse_number(text):
    if text.isdigit():
        return int(text)
    if text.startswith("-") and text[1:].isdigit():
        return -int(text[1:])
    return None

print([parse_number(t) for t in ["42", "-7", "x1", "", "3.0"]])
print("Title Case".istitle(), "not Title".istitle())
print("HELLO 123".isupper(), "hello!".islower(), "123".isupper())
print("abc".isidentifier(), "2abc".isidentifier())
