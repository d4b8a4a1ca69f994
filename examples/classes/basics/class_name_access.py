# Getting the name of an object's class without printing addresses.
class Animal:
    def describe(self):
        return f"I am a {self.__class__.__name__}"


class Cat(Animal):
    pass


class Cow(Animal):
    pass


for pet in [Animal(), Cat(), Cow()]:
    print(pet.describe(), type(pet).__name__)

c = Cat()
print(c.__class__ is Cat, type(c) is Cat, type(c) is Animal)
print(Cat.__name__, Cat.__bases__[0].__name__)
print(Animal.__qualname__)
# The default repr contains an address, so print only its start
print(repr(c).startswith("<__main__.Cat object at 0x"))
print(str(Cat))
