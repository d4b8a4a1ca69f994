# Python 2 style print statement
name = "Ann"
print "Hello", name
