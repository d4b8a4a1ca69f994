/// `io`: `open` and the file types from Swift, `StringIO` and `BytesIO`
/// in Python (Coro's own code).
enum IOModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    FileTypes.installOnce()
    let m = try PreludeModule.make(vm, name: "io", source: source, natives: [("open", FileTypes.open)])
    let d = m.dict
    d.setString("UnsupportedOperation", .object(FileTypes.unsupportedOperation))
    d.setString("IOBase", .object(FileTypes.ioBase))
    d.setString("RawIOBase", .object(FileTypes.rawIOBase))
    d.setString("BufferedIOBase", .object(FileTypes.bufferedIOBase))
    d.setString("TextIOBase", .object(FileTypes.textIOBase))
    d.setString("FileIO", .object(FileTypes.fileIO))
    d.setString("BufferedReader", .object(FileTypes.bufferedReader))
    d.setString("BufferedWriter", .object(FileTypes.bufferedWriter))
    d.setString("BufferedRandom", .object(FileTypes.bufferedRandom))
    d.setString("TextIOWrapper", .object(FileTypes.textIOWrapper))
    return m
  }

  static let source = #"""
DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _MemoryIO:
    def __init__(self, value):
        self._value = value
        self._chunks = []
        self._size = len(value)
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if self._chunks:
            self._value = self._value + self._value[:0].join(self._chunks)
            self._chunks = []

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check()
        return self._value

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._value)
        else:
            end = min(len(self._value), self._pos + size)
        if self._pos >= end:
            return self._value[:0]
        data = self._value[self._pos:end]
        self._pos = end
        return data

    def readline(self, size=-1):
        self._check()
        newline = self._value[:0] + self._newline_char
        end = self._value.find(newline, self._pos)
        end = len(self._value) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._value[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def _write(self, data):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if not data:
            return 0
        if self._pos == self._size:
            self._chunks.append(data)
            self._size += len(data)
            self._pos = self._size
            return len(data)
        self._check()
        value = self._value
        if self._pos > len(value):
            value = value + self._value[:0] + self._pad * (self._pos - len(value))
        self._value = value[:self._pos] + data + value[self._pos + len(data):]
        self._size = len(self._value)
        self._pos += len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        self._value = self._value[:size]
        self._size = len(self._value)
        return size

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO):
    __module__ = "_io"
    _newline_char = "\n"
    _pad = "\0"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + repr(newline))
        self._translate = newline
        if newline is None:
            initial_value = initial_value.replace("\r\n", "\n").replace("\r", "\n")
        elif newline not in ("", "\n"):
            initial_value = initial_value.replace("\n", newline)
        super().__init__(initial_value)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        if self._translate is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._translate not in ("", "\n"):
            s = s.replace("\n", self._translate)
        return self._write(s)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None


class BytesIO(_MemoryIO):
    __module__ = "_io"
    _newline_char = b"\n"
    _pad = b"\0"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        if not isinstance(initial_bytes, bytes):
            raise TypeError("a bytes-like object is required, not '" + type(initial_bytes).__name__ + "'")
        super().__init__(initial_bytes)

    def write(self, b):
        if isinstance(b, str) or not isinstance(b, bytes):
            raise TypeError("a bytes-like object is required, not '" + type(b).__name__ + "'")
        return self._write(b)

    def getbuffer(self):
        return self._value

    def read1(self, size=-1):
        return self.read(size)

"""#
}
