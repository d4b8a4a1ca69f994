# Output printed before an error is kept; the error goes to stderr
for i in range(3):
    print("line", i)
print({"k": [1, 2]}["k"][5])
