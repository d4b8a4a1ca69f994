# Using a name that was never assigned
def greet(name):
    print("Hello,", name)

greet("Ann")
greet(nmae)
