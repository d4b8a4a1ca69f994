# A decorator can also receive a class and return it (after changing it).
registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls


def add_greeting(cls):
    def greet(self):
        return f"hello from {type(self).__name__}"
    cls.greet = greet
    return cls


@register
@add_greeting
class Robot:
    pass


@register
class Human:
    def greet(self):
        return "hi!"


print(sorted(registry))
for name in sorted(registry):
    obj = registry[name]()
    print(name, "->", obj.greet())
