from abc import ABC, abstractmethod


class Animal(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def sound(self):
        ...

    def speak(self):
        return f"{self.name} says {self.sound()}"


class Dog(Animal):
    def sound(self):
        return "woof"


class Cat(Animal):
    def sound(self):
        return "meow"


for pet in [Dog("Rex"), Cat("Tom")]:
    print(pet.speak())
try:
    Animal("generic")
except TypeError as e:
    print("TypeError:", e)


class Half(Animal):
    pass


try:
    Half("h")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Dog("d"), Animal), issubclass(Cat, ABC))
