# __len__ drives len() and truthiness; __bool__ takes priority over it.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)


class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("(__bool__ called)")
        return self.on

    def __len__(self):
        return 99


empty = Playlist()
full = Playlist("a", "b", "c")
print(len(empty), len(full))
print(bool(empty), bool(full))
if not empty:
    print("nothing to play")

print(bool(Switch(True)), bool(Switch(False)))
print(len(Switch(False)))
print("yes" if Switch(True) else "no")
print(Switch(False) or "fallback")


class Always:
    pass


print(bool(Always()))


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
