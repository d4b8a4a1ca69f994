# @staticmethod: a plain function that lives in the class namespace.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @staticmethod
    def is_freezing(c):
        return c <= 0

    def fahrenheit(self):
        return self.c_to_f(self.celsius)


print(Temperature.c_to_f(100))
print(Temperature.is_freezing(-3), Temperature.is_freezing(12))
t = Temperature(25)
print(t.fahrenheit())
# Called on an instance, no self is passed
print(t.c_to_f(0))
print(type(Temperature.__dict__["c_to_f"]).__name__)
print(Temperature.c_to_f is t.c_to_f)
