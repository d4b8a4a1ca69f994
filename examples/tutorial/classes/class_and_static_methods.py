class Date:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __str__(self):
        return f"{self.day:02d} {self.months[self.month - 1]} {self.year}"

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class FancyDate(Date):
    def __str__(self):
        return "*** " + super().__str__() + " ***"


d = Date.from_string("2024-03-15")
print(d, repr(d))
f = FancyDate.from_string("1999-12-31")
print(f, repr(f), type(f).__name__)
print([y for y in range(1896, 1920, 4) if Date.is_leap(y)], d.is_leap(2000), Date.is_leap(1900))


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"temperature {value} below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    Temperature(-500)
except ValueError as e:
    print("ValueError:", e)


class Counter:
    total = 0

    def __init__(self):
        Counter.total += 1
        self.id = Counter.total

    @classmethod
    def how_many(cls):
        return cls.total


objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.how_many(), objs[0].how_many())
objs[0].total = 99
print(objs[0].total, Counter.total, objs[1].total)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
