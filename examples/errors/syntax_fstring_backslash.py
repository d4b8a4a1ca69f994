# In Python 3.11 the expression part of an f-string cannot contain a backslash
words = ["a", "b"]
print(f"{'\n'.join(words)}")
