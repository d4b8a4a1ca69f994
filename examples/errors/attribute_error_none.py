# Calling a method on None (a function that forgot to return)
def find_user(users, name):
    for u in users:
        if u == name:
            return u

users = ["ann", "bob"]
print(find_user(users, "ann").upper())
print(find_user(users, "zed").upper())
