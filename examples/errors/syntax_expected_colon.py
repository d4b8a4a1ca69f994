# A def line without its colon
def greet(name)
    print("Hello", name)

greet("Ann")
