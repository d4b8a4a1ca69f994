import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(len(string.printable), repr(string.whitespace))
print(string.capwords("hello   wide world"), string.capwords("a-b c", "-"))

password = "Tr0ub4dor&3"
checks = {
    "lower": any(c in string.ascii_lowercase for c in password),
    "upper": any(c in string.ascii_uppercase for c in password),
    "digit": any(c in string.digits for c in password),
    "symbol": any(c in string.punctuation for c in password),
}
print(checks, all(checks.values()))

t = string.Template("Dear $name, you owe $$${amount}.")
print(t.substitute(name="Sam", amount="12.50"))
print(t.safe_substitute(name="Kim"))
print(string.Template("${greet}world").substitute({"greet": "hello "}))

clean = "".join(c for c in "Hello, World! 123." if c not in string.punctuation)
print(clean)
table = str.maketrans("", "", string.digits)
print("a1b2c3".translate(table))
print(sorted(set("the quick brown fox") & set(string.ascii_lowercase[:6])))
