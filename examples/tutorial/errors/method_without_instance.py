class Dog:
    def __init__(self, name):
        self.name = name

    def bark(self):
        return f"{self.name} says woof"


print(Dog("Rex").bark())
print(Dog.bark())
