# Multiple inheritance with a mixin class, and the method resolution order.
class JsonMixin:
    def to_json(self):
        parts = []
        for key, value in vars(self).items():
            if isinstance(value, str):
                parts.append(f'"{key}": "{value}"')
            else:
                parts.append(f'"{key}": {value}')
        return "{" + ", ".join(parts) + "}"


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def label(self):
        return f"{self.name}: {self.price}"


class Product(JsonMixin, ReprMixin, Item):
    pass


p = Product("pen", 2)
print(p.label())
print(p.to_json())
print(repr(p))
print([c.__name__ for c in Product.__mro__])
print(isinstance(p, JsonMixin), isinstance(p, Item))
print(Product.__bases__ == (JsonMixin, ReprMixin, Item))
