/// `pathlib` basics in Python (Coro's own code): PurePath/Path (shown as
/// PosixPath), the `/` operator, name parts, reading and writing, listing
/// and globbing.
enum PathlibPrelude {
  static let source = #"""
import os as _os

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse(args):
    text = ""
    for a in args:
        if isinstance(a, PurePath):
            part = a._str
        elif isinstance(a, str):
            part = a
        else:
            part = _os.fspath(a)
            if not isinstance(part, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                                "returns a str, not " + repr(type(a).__name__))
        if part.startswith("/"):
            text = part
        elif part:
            text = text + "/" + part if text and not text.endswith("/") else text + part
    if not text:
        return "", []
    root = ""
    if text.startswith("//") and not text.startswith("///"):
        root = "//"
    elif text.startswith("/"):
        root = "/"
    parts = [p for p in text.split("/") if p and p != "."]
    return root, parts


def _wildcard(name, pattern):
    # Matches one name against *, ? and [...] (fnmatch rules).
    def match(i, j):
        while j < len(pattern):
            c = pattern[j]
            if c == "*":
                if j + 1 == len(pattern):
                    return True
                for k in range(i, len(name) + 1):
                    if match(k, j + 1):
                        return True
                return False
            if i >= len(name):
                return False
            if c == "?":
                i += 1
                j += 1
                continue
            if c == "[":
                end = pattern.find("]", j + 2)
                if end > 0:
                    chars = pattern[j + 1:end]
                    negate = chars.startswith("!")
                    if negate:
                        chars = chars[1:]
                    hit = False
                    k = 0
                    while k < len(chars):
                        if k + 2 < len(chars) and chars[k + 1] == "-":
                            hit = hit or chars[k] <= name[i] <= chars[k + 2]
                            k += 3
                        else:
                            hit = hit or chars[k] == name[i]
                            k += 1
                    if hit == negate:
                        return False
                    i += 1
                    j = end + 1
                    continue
            if name[i] != c:
                return False
            i += 1
            j += 1
        return i == len(name)
    return match(0, 0)


class PurePath:
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = (self._root + "/".join(self._parts)) or "."
        return self

    def __init__(self, *args):
        pass

    @classmethod
    def _make(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = (root + "/".join(parts)) or "."
        return self

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def __repr__(self):
        return f"{type(self).__name__}({self._str!r})"

    def __hash__(self):
        return hash(self._str)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str == other._str

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() < other._parts_key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() <= other._parts_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() > other._parts_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() >= other._parts_key()

    def _parts_key(self):
        return ([self._root] if self._root else []) + self._parts

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *others):
        return type(self)(self, *others)

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._parts[-1] if self._parts and not (self._root and len(self._parts) == 0) else ""

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind(".")
        return name[dot:] if 0 < dot < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        dot = name.rfind(".")
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        result = []
        path = self
        while path._parts:
            path = path.parent
            result.append(path)
        return tuple(result)

    def is_absolute(self):
        return bool(self._root)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError(f"Invalid suffix {suffix!r}")
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        return self.with_name(self.stem + suffix)

    def relative_to(self, *other):
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError(f"{str(self)!r} is not in the subpath of {str(base)!r} OR one path is "
                             "relative and the other is absolute.")
        return self._make("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def as_posix(self):
        return self._str

    def match(self, pattern):
        pat = PurePath(pattern)
        if pat._root:
            if len(pat._parts) != len(self._parts) or pat._root != self._root:
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for name, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not _wildcard(name, p):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        return cls(_os.path.expanduser("~"))

    def absolute(self):
        return self if self._root else type(self)(_os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(_os.path.realpath(self._str))

    def expanduser(self):
        return type(self)(_os.path.expanduser(self._str))

    def stat(self):
        return _os.stat(self._str)

    def exists(self):
        return _os.path.exists(self._str)

    def is_file(self):
        return _os.path.isfile(self._str)

    def is_dir(self):
        return _os.path.isdir(self._str)

    def is_symlink(self):
        return _os.path.islink(self._str)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self._str, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with open(self._str, encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with open(self._str, "rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not " + type(data).__name__)
        with open(self._str, "w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with open(self._str, "wb") as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", self._str)
            return
        open(self._str, "a").close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            _os.mkdir(self._str, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        _os.rmdir(self._str)

    def unlink(self, missing_ok=False):
        try:
            _os.unlink(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        _os.rename(self._str, str(target))
        return type(self)(target)

    def replace(self, target):
        _os.replace(self._str, str(target))
        return type(self)(target)

    def samefile(self, other):
        return _os.path.samefile(self._str, str(other))

    def iterdir(self):
        for name in _os.listdir(self._str):
            yield self._make(self._root, self._parts + [name])

    def _child(self, name):
        return self._make(self._root, self._parts + [name])

    def _select(self, parts):
        if not parts:
            yield self
            return
        first, rest = parts[0], parts[1:]
        if first == "**":
            yield from self._select(rest)
            for child in self._walk_dirs():
                yield from child._select(rest)
            return
        if not self.is_dir():
            return
        if not any(c in first for c in "*?["):
            child = self._child(first)
            if rest or child.exists():
                yield from child._select(rest)
            return
        for name in _os.listdir(self._str):
            if name.startswith(".") and not first.startswith("."):
                continue
            if _wildcard(name, first):
                child = self._child(name)
                if rest and not child.is_dir():
                    continue
                yield from child._select(rest)

    def _walk_dirs(self):
        for name in _os.listdir(self._str):
            child = self._child(name)
            if child.is_dir() and not child.is_symlink():
                yield child
                yield from child._walk_dirs()

    def glob(self, pattern):
        parts = [p for p in pattern.split("/") if p and p != "."]
        if not parts:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        seen = set()
        for p in self._select(parts):
            if p._str not in seen:
                seen.add(p._str)
                yield p

    def rglob(self, pattern):
        yield from self.glob("**/" + pattern)


class PosixPath(Path, PurePosixPath):
    pass
"""#
}
