# super().__init__() runs the parent's initializer.
class Person:
    def __init__(self, name, age):
        print("Person.__init__", name)
        self.name = name
        self.age = age

    def greet(self):
        return f"Hi, I'm {self.name}"


class Student(Person):
    def __init__(self, name, age, school):
        print("Student.__init__", name)
        super().__init__(name, age)
        self.school = school

    def greet(self):
        base = super().greet()
        return f"{base} from {self.school}"


s = Student("Maya", 20, "MIT")
print(s.greet())
print(vars(s))


# Forgetting super().__init__() leaves attributes missing
class Lazy(Person):
    def __init__(self, name):
        self.nick = name


lz = Lazy("Zed")
try:
    print(lz.greet())
except AttributeError as e:
    print("AttributeError:", e)
