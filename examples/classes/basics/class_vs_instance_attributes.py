# Class attributes are shared; instance attributes belong to one object.
class Car:
    wheels = 4
    makers = []

    def __init__(self, brand):
        self.brand = brand
        Car.makers.append(brand)


a = Car("Volvo")
b = Car("Fiat")
print(a.wheels, b.wheels, Car.wheels)

# Assigning through an instance creates an instance attribute that shadows
a.wheels = 3
print(a.wheels, b.wheels, Car.wheels)
print("wheels" in vars(a), "wheels" in vars(b))

# Changing the class attribute is seen by instances that do not shadow it
Car.wheels = 6
print(a.wheels, b.wheels, Car.wheels)

# Deleting the instance attribute uncovers the class attribute again
del a.wheels
print(a.wheels)

# A mutable class attribute is shared by everybody
print(Car.makers, a.makers is b.makers)
