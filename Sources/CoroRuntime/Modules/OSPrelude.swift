/// The Python halves of `os` and `os.path` (Coro's own code; the system
/// calls are the natives of OSModule.swift).
enum OSPrelude {
  static let osSource = #"""
name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = "/bin:/usr/bin"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    result = method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected " + type(path).__name__ + ".__fspath__() to return str or bytes, not "
                        + type(result).__name__)
    return result


class stat_result:
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
              "st_atime", "st_mtime", "st_ctime")

    def __init__(self, values):
        self._values = tuple(values[:7]) + tuple(int(t) for t in values[7:])
        for field, value in zip(self._names, values):
            setattr(self, field, value)

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._values == other._values

    def __repr__(self):
        parts = [f"{n}={v!r}" for n, v in zip(self._names, self._values)]
        return "os.stat_result(" + ", ".join(parts) + ")"


def stat(path, *, follow_symlinks=True):
    return stat_result(_stat(path, follow_symlinks))


def lstat(path):
    return stat_result(_stat(path, False))


def access(path, mode):
    try:
        _stat(path, True)
    except OSError:
        return False
    return True


class _Environ:
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not " + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not " + type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key) from None
        unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return "environ(" + repr(self._data) + ")"

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwargs):
        items = other.items() if hasattr(other, "items") else other
        for key, value in items:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value


environ = _Environ(_environ())
del _environ


def getenv(key, default=None):
    if not isinstance(key, str):
        raise TypeError("str expected, not " + type(key).__name__)
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for entry in dirs:
        child = path.join(top, entry)
        if followlinks or not path.islink(child):
            yield from walk(child, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


class DirEntry:
    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, n) for n in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path="."):
    return _ScandirIterator(fspath(path))


import os.path as path
"""#

  static let pathSource = #"""
sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
devnull = "/dev/null"


def _text(p, function):
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        return p.decode()
    method = getattr(type(p), "__fspath__", None)
    if method is not None:
        return method(p)
    raise TypeError(function + "() argument must be str, bytes, or os.PathLike object, not '"
                    + type(p).__name__ + "'")


def _fspath(p):
    if isinstance(p, str):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return method(p)


def join(a, *p):
    path = _text(a, "join")
    for b in p:
        b = _text(b, "join")
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    head = p[:p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def split(p):
    return (dirname(p), basename(p))


def splitext(p):
    p = _fspath(p)
    base = basename(p)
    dot = base.rfind(".")
    if dot <= 0 or base[:dot].strip(".") == "":
        return (p, "")
    cut = len(p) - len(base) + dot
    return (p[:cut], p[cut:])


def isabs(p):
    return _fspath(p).startswith("/")


def _mode(p, follow=True):
    try:
        return _stat(p, follow)[0]
    except (OSError, ValueError, TypeError):
        return None


def exists(p):
    return _mode(p) is not None


def lexists(p):
    return _mode(p, False) is not None


def isfile(p):
    mode = _mode(p)
    return mode is not None and mode & 0o170000 == 0o100000


def isdir(p):
    mode = _mode(p)
    return mode is not None and mode & 0o170000 == 0o040000


def islink(p):
    mode = _mode(p, False)
    return mode is not None and mode & 0o170000 == 0o120000


def getsize(p):
    return _stat(p, True)[6]


def getatime(p):
    return _stat(p, True)[7]


def getmtime(p):
    return _stat(p, True)[8]


def getctime(p):
    return _stat(p, True)[9]


def normpath(p):
    p = _fspath(p)
    if not p:
        return "."
    if p.startswith("//") and not p.startswith("///"):
        lead = 2
    elif p.startswith("/"):
        lead = 1
    else:
        lead = 0
    parts = []
    for part in p.split("/"):
        if part == "" or part == ".":
            continue
        if part == "..":
            if parts and parts[-1] != "..":
                parts.pop()
                continue
            if lead:
                continue
        parts.append(part)
    return "/" * lead + "/".join(parts) or "."


def abspath(p):
    p = _fspath(p)
    if not p.startswith("/"):
        p = join(getcwd(), p)
    return normpath(p)


def realpath(p, *, strict=False):
    resolved = _realpath(abspath(p))
    return resolved if resolved is not None else abspath(p)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = "." if start is None else start
    target = [x for x in abspath(path).split("/") if x]
    origin = [x for x in abspath(start).split("/") if x]
    common = 0
    while common < min(len(target), len(origin)) and target[common] == origin[common]:
        common += 1
    parts = [".."] * (len(origin) - common) + target[common:]
    return "/".join(parts) if parts else "."


def expanduser(p):
    p = _fspath(p)
    if not p.startswith("~"):
        return p
    end = p.find("/", 1)
    if end < 0:
        end = len(p)
    if end != 1:
        return p
    import os
    home = os.environ.get("HOME", "/")
    return (home.rstrip("/") or "/") + p[end:] if p[end:] else home


def expandvars(p):
    p = _fspath(p)
    if "$" not in p:
        return p
    import os
    out = ""
    i = 0
    while i < len(p):
        c = p[i]
        if c == "$" and i + 1 < len(p):
            if p[i + 1] == "{":
                close = p.find("}", i + 2)
                if close > 0:
                    name = p[i + 2:close]
                    if name in os.environ:
                        out += os.environ[name]
                    else:
                        out += p[i:close + 1]
                    i = close + 1
                    continue
            j = i + 1
            while j < len(p) and (p[j].isalnum() or p[j] == "_"):
                j += 1
            name = p[i + 1:j]
            if name and name in os.environ:
                out += os.environ[name]
                i = j
                continue
            out += p[i:j]
            i = j
            continue
        out += c
        i += 1
    return out


def commonprefix(m):
    if not m:
        return ""
    low = min(m)
    high = max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    paths = [_fspath(p) for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {p.startswith("/") for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[x for x in p.split("/") if x and x != "."] for p in paths]
    low = min(split_paths)
    high = max(split_paths)
    common = low
    for i, c in enumerate(low):
        if c != high[i]:
            common = low[:i]
            break
    return ("/" if paths[0].startswith("/") else "") + "/".join(common)


def samefile(a, b):
    sa = _stat(a, True)
    sb = _stat(b, True)
    return sa[1] == sb[1] and sa[2] == sb[2]
"""#
}
