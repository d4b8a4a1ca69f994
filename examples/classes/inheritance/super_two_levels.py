# super() chains through more than one level.
class Vehicle:
    def __init__(self, wheels):
        self.wheels = wheels
        print("Vehicle set wheels =", wheels)

    def info(self):
        return [f"wheels={self.wheels}"]


class Car(Vehicle):
    def __init__(self, brand):
        super().__init__(4)
        self.brand = brand
        print("Car set brand =", brand)

    def info(self):
        return super().info() + [f"brand={self.brand}"]


class ElectricCar(Car):
    def __init__(self, brand, battery):
        super().__init__(brand)
        self.battery = battery
        print("ElectricCar set battery =", battery)

    def info(self):
        return super().info() + [f"battery={self.battery}kWh"]


tesla = ElectricCar("Tesla", 75)
print(", ".join(tesla.info()))
print([cls.__name__ for cls in ElectricCar.__mro__])
