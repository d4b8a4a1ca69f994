# @property with a setter that validates and a deleter.
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age          # goes through the setter

    @property
    def age(self):
        print("(getting age)")
        return self._age

    @age.setter
    def age(self, value):
        if value < 0:
            raise ValueError(f"age cannot be negative: {value}")
        print("(setting age to", value, end=")\n")
        self._age = value

    @age.deleter
    def age(self):
        print("(deleting age)")
        del self._age


p = Person("Lea", 30)
print(p.age)
p.age += 1
print(p.age)
try:
    p.age = -5
except ValueError as e:
    print("ValueError:", e)
print(vars(p))
del p.age
print(vars(p))
print(hasattr(p, "_age"))
print(type(Person.age).__name__)
