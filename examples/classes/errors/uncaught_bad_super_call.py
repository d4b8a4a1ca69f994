# Passing self again to super().__init__ is a common beginner mistake.
class Animal:
    def __init__(self, name):
        self.name = name


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(self, name)
        self.breed = breed


print("creating a dog")
d = Dog("Rex", "collie")
print(d.name)
