class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating the one {cls.__name__}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self):
        self.values = {}


a = Config()
b = Config()
a.values["debug"] = True
print(a is b, b.values, type(Config).__name__)


class UpperAttrs(type):
    def __new__(mcs, name, bases, namespace):
        print("building class", name)
        fixed = {k if k.startswith("__") else k.upper(): v for k, v in namespace.items()}
        return super().__new__(mcs, name, bases, fixed)


class Settings(metaclass=UpperAttrs):
    timeout = 30
    retries = 3


print(hasattr(Settings, "timeout"), Settings.TIMEOUT, Settings.RETRIES)
