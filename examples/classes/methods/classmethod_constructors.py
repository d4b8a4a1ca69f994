# @classmethod as an alternative constructor; cls is the class it is called on.
class Date:
    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def from_string(cls, text):
        year, month, day = map(int, text.split("-"))
        return cls(year, month, day)

    @classmethod
    def new_year(cls, year):
        return cls(year, 1, 1)

    def __str__(self):
        return f"{self.year:04d}/{self.month:02d}/{self.day:02d}"


class EuroDate(Date):
    def __str__(self):
        return f"{self.day:02d}.{self.month:02d}.{self.year}"


d = Date.from_string("2024-03-15")
print(d, type(d).__name__)
e = EuroDate.from_string("2024-03-15")
print(e, type(e).__name__)
print(EuroDate.new_year(2000))
# Works through an instance too
print(d.new_year(1999))
print(Date.from_string.__self__ is Date, EuroDate.new_year.__self__ is EuroDate)
