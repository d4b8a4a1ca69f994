# __init_subclass__ runs for every new subclass, with the class statement's
# keyword arguments; object.__init_subclass__ accepts none.
class Animal:
    sounds = {}

    def __init_subclass__(cls, sound=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if sound is not None:
            Animal.sounds[cls.__name__] = sound
        print("registered", cls.__name__, "with", sound)


class Dog(Animal, sound="woof"):
    pass


class Puppy(Dog, sound="yip"):
    pass


class Fish(Animal):
    pass


print(Animal.sounds)
print([c.__name__ for c in Animal.__subclasses__()], [c.__name__ for c in Dog.__subclasses__()])

try:
    class Cat(Animal, sound="meow", legs=4):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Plain(colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init_subclass__(cls):
        print("Base sees", cls.__name__, cls.__mro__[1].__name__)


class Middle(Base):
    pass


class Leaf(Middle):
    pass


print(object.__subclasses__ is not None, int.__subclasses__() == [bool])


def subclass_tree(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        subclass_tree(sub, depth + 1)


subclass_tree(Animal)
