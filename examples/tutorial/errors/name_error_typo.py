def greet(username):
    message = "Hello, " + username
    return mesage


print(greet("sam"))
