# __getattr__ is only called when normal lookup fails.
class Config:
    defaults = {"color": "blue", "size": 10}

    def __init__(self, **overrides):
        self.overrides = overrides

    def __getattr__(self, name):
        print(f"(__getattr__ {name})", end=" ")
        if name in self.overrides:
            return self.overrides[name]
        if name in Config.defaults:
            return Config.defaults[name]
        raise AttributeError(f"no setting called {name!r}")


cfg = Config(size=12)
print(cfg.size)
print(cfg.color)
print(cfg.overrides)          # found normally, no __getattr__ call
print(hasattr(cfg, "speed"))
print(getattr(cfg, "speed", "default speed"))
try:
    cfg.speed
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


words = Proxy(["b", "a"])
words.append("c")
words.sort()
print(words._target, words.count("a"))
