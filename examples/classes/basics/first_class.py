# A first class: __init__ stores data on self, methods use it.
class Dog:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def bark(self):
        return f"{self.name} says woof"

    def birthday(self):
        self.age += 1
        return self.age


rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.bark())
print(fido.bark())
print("Rex is now", rex.birthday())
print("Rex is now", rex.birthday())
print("Fido is still", fido.age)
print(type(rex).__name__, type(rex) is Dog)
# A method looked up on the class needs self passed by hand
print(Dog.bark(fido))
