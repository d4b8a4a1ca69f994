# A metaclass that registers every class it makes, with __prepare__,
# __new__, __init__ and keyword arguments on the class statement.
class PluginMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("preparing", name, kwargs)
        return {"created_by": mcs.__name__}

    def __new__(mcs, name, bases, namespace, **kwargs):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in namespace if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, namespace)
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        if bases:
            PluginMeta.registry[kwargs.get("key", name.lower())] = cls
        print("init", name)


class Plugin(metaclass=PluginMeta):
    def run(self):
        return f"{type(self).__name__} runs"


class Exporter(Plugin, key="export"):
    format = "csv"


class Importer(Plugin):
    pass


print(sorted(PluginMeta.registry))
print(PluginMeta.registry["export"]().run(), Exporter.created_by)
print(type(Exporter) is PluginMeta, isinstance(Importer, type), isinstance(Importer(), Plugin))


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kwargs)


class Widget(metaclass=Counted):
    def __init__(self, label):
        self.label = label


w1, w2 = Widget("a"), Widget(label="b")
print(Widget.instances, w1.label, w2.label)


class Other(type):
    pass


class A(metaclass=Counted):
    pass


class B(metaclass=Other):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

Dynamic = Counted("Dynamic", (), {"x": 1})
print(Dynamic.x, type(Dynamic).__name__, Dynamic().__class__.__name__, Dynamic.instances)
