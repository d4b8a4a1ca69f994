# An f-string replacement field with nothing in it
name = "Ann"
print(f"Hello {}!")
