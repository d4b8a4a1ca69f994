# Class methods that keep track of state on the class.
class Plugin:
    registry = []

    @classmethod
    def register(cls, name):
        cls.registry.append(name)
        return len(cls.registry)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} has {len(cls.registry)} plugins"


class Special(Plugin):
    registry = []


print(Plugin.register("a"), Plugin.register("b"))
print(Special.register("x"))
print(Plugin.describe())
print(Special.describe())
print(Plugin.registry, Special.registry)
