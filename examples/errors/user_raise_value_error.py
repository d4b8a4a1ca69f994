# The program raises its own exception
def parse_age(text):
    age = int(text)
    if age < 0:
        raise ValueError('bad input')
    return age

print(parse_age("42"))
print(parse_age("-1"))
