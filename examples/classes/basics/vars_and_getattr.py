# vars(), getattr(), setattr(), hasattr() and delattr() with objects.
class Settings:
    theme = "light"

    def __init__(self):
        self.volume = 5
        self.muted = False


s = Settings()
print(vars(s))
print(getattr(s, "volume"))
print(getattr(s, "theme"))
print(getattr(s, "language", "en"))
print(hasattr(s, "muted"), hasattr(s, "language"))

for key, value in [("volume", 9), ("language", "fr")]:
    setattr(s, key, value)
print(vars(s))

delattr(s, "muted")
print(sorted(vars(s)))
print(hasattr(s, "muted"))

try:
    getattr(s, "speed")
except AttributeError as e:
    print("AttributeError:", e)

# vars() returns the real __dict__: writing to it adds attributes
vars(s)["brightness"] = 70
print(s.brightness)
print(s.__dict__ is vars(s))
