class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __eq__(self, other):
        return self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, other)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{width}}" for x in r) for r in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
print(a + b)
print(a @ b)
print(repr(a.transpose()), a.shape, len(a), a[1, 0])
a[0, 0] = 10
print(a)
print(a @ Matrix.identity(2) == a, Matrix.identity(3))
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m.transpose(), m.shape, m.transpose().shape, sep="\n")


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self.songs[index])
        return self.songs[index]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)

    def __repr__(self):
        return f"Playlist{tuple(self.songs)}"


p = Playlist("Intro", "Verse", "Chorus", "Outro")
print(len(p), p[0], p[-1], p[1:3], p[::-1], "chorus" in p, "Bridge" in p)
for i, s in enumerate(p, 1):
    print(i, s)
print(bool(Playlist()), bool(p), list(reversed(p.songs)))
