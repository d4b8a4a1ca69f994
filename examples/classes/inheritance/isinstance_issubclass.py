# isinstance and issubclass with user classes and tuples of classes.
class Animal:
    pass


class Mammal(Animal):
    pass


class Dog(Mammal):
    pass


class Fish(Animal):
    pass


class Rock:
    pass


d = Dog()
print(isinstance(d, Dog), isinstance(d, Mammal), isinstance(d, Animal))
print(isinstance(d, Fish), isinstance(Rock(), Animal))
print(isinstance(d, (Fish, Rock)), isinstance(d, (Fish, Mammal)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
print(issubclass(Fish, (Mammal, Rock)), issubclass(Fish, (Mammal, Animal)))
print(issubclass(bool, int), isinstance(True, (str, int)))
print(type(d) == Mammal, type(d) == Dog)

def classify(thing):
    if isinstance(thing, Mammal):
        return "mammal"
    elif isinstance(thing, Animal):
        return "other animal"
    elif isinstance(thing, (int, float)):
        return "number"
    return "unknown"

for thing in [Dog(), Fish(), 3, 2.5, Rock(), "hi"]:
    print(type(thing).__name__, "->", classify(thing))

try:
    issubclass(d, Animal)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
