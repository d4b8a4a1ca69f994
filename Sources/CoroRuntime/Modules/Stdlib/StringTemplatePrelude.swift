// string.Template in Python: $name, ${name} and $$ scanned by hand (Coro has no re),
// with CPython 3.11's substitute/safe_substitute results and messages.

enum StringTemplatePrelude {
  static let source = #"""
def _ident_end(text, i):
    """The end of the ASCII identifier starting at i (i itself when none does)."""
    n = len(text)
    if i < n and (text[i] == '_' or ('a' <= text[i] <= 'z') or ('A' <= text[i] <= 'Z')):
        i += 1
        while i < n:
            c = text[i]
            if c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9'):
                i += 1
            else:
                break
    return i


class _ChainMap:
    """The keywords first, then the mapping (what substitute() looks names up in)."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _parts(self):
        """(start, end, kind, name) for each use of the delimiter, in order."""
        text = self.template
        if not isinstance(text, str):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(text).__name__)
        delim = self.delimiter
        size = len(delim)
        i = text.find(delim)
        while i >= 0:
            j = i + size
            if text.startswith(delim, j):
                yield (i, j + size, 'escaped', None)
                i = text.find(delim, j + size)
                continue
            end = _ident_end(text, j)
            if end > j:
                yield (i, end, 'named', text[j:end])
                nxt = end
            else:
                end = _ident_end(text, j + 1)
                if text.startswith('{', j) and end > j + 1 and text.startswith('}', end):
                    yield (i, end + 1, 'braced', text[j + 1:end])
                    nxt = end + 1
                else:
                    yield (i, j, 'invalid', None)
                    nxt = j
            i = text.find(delim, nxt)

    def _invalid(self, position):
        lines = self.template[:position].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = position - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        last = 0
        for start, end, kind, name in self._parts():
            out.append(self.template[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                out.append(str(mapping[name]))
            last = end
        out.append(self.template[last:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        last = 0
        for start, end, kind, name in self._parts():
            out.append(self.template[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.delimiter)
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.template[start:end])
            last = end
        out.append(self.template[last:])
        return ''.join(out)

    def is_valid(self):
        for part in self._parts():
            if part[2] == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._parts():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
"""#
}
