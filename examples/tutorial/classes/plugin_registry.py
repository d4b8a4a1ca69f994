class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print(f"registered {key!r} -> {cls.__name__}")

    def run(self, text):
        raise NotImplementedError


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]


class Shout(Upper, name="shout"):
    def run(self, text):
        return super().run(text) + "!"


print(sorted(Plugin.registry))
for key in ["upper", "rev", "shout"]:
    plugin = Plugin.registry[key]()
    print(key, "=>", plugin.run("hello"))
