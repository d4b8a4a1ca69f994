// collections.deque in Python over a list, with CPython 3.11's messages and reprs;
// plus the GenericAlias that `deque[int]` and the other classes' __class_getitem__ return.

enum CollectionsPrelude {
  static let head = #"""
"""Container datatypes: deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


class GenericAlias:
    """`deque[int]`: a parameterized container type, as in annotations."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def show(a):
            if isinstance(a, type):
                if a.__module__ == 'builtins':
                    return a.__qualname__
                return '%s.%s' % (a.__module__, a.__qualname__)
            if a is Ellipsis:
                return '...'
            return repr(a)
        return '%s[%s]' % (show(self.__origin__), ', '.join(map(show, self.__args__)))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


GenericAlias.__module__ = 'types'
"""#
}
extension CollectionsPrelude {
  static let deque = #"""
_repr_running = set()


def _check_int(n):
    if type(n) is not int and not isinstance(n, int):
        try:
            return n.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(n).__name__) from None
    return n


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_items', '_maxlen')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def append(self, x):
        """Add an element to the right side of the deque."""
        items = self._items
        m = self._maxlen
        if m is not None and len(items) >= m:
            if m == 0:
                return
            del items[0]
        items.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        items = self._items
        m = self._maxlen
        if m is not None and len(items) >= m:
            if m == 0:
                return
            items.pop()
        items.insert(0, x)

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        m = self._maxlen
        items = self._items
        if m is None:
            items.extend(iterable)
            return
        for x in iterable:
            if len(items) >= m:
                if m == 0:
                    continue
                del items[0]
            items.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _check_int(n)
        items = self._items
        size = len(items)
        if size > 1:
            n %= size
            if n:
                items[:] = items[-n:] + items[:-n]

    def clear(self):
        """Remove all elements from the deque."""
        self._items.clear()

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self._items, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        return self._items.count(value)

    def index(self, value, start=0, stop=None):
        """Return first index of value."""
        items = self._items
        size = len(items)
        if stop is None:
            stop = size
        for i in range(*slice(start, stop).indices(size)):
            if items[i] == value:
                return i
            if len(items) != size:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        index = _check_int(index)
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(index, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items
        for i in range(len(items)):
            if items[i] == value:
                del items[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._items.reverse()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) != 0

    def __iter__(self):
        items = self._items
        size = len(items)
        i = 0
        while True:
            if len(items) != size:
                raise RuntimeError('deque mutated during iteration')
            if i >= size:
                return
            yield items[i]
            i += 1

    def __reversed__(self):
        items = self._items
        size = len(items)
        i = size - 1
        while True:
            if len(items) != size:
                raise RuntimeError('deque mutated during iteration')
            if i < 0:
                return
            yield items[i]
            i -= 1

    def __contains__(self, value):
        return value in self._items

    def _index(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = i.__index__()
            else:
                raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        size = len(self._items)
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, value):
        self._items[self._index(i)] = value

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __repr__(self):
        name = type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items)
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def _cmp_items(self, other):
        if isinstance(other, deque):
            return other._items
        return None

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items >= o

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _check_int(n)
        items = self._items
        if n <= 0:
            items.clear()
            return self
        if self._maxlen is None:
            items *= n
        else:
            copy = list(items)
            for _ in range(n - 1):
                self.extend(copy)
        return self

    def __reduce__(self):
        return (type(self), (list(self._items), self._maxlen))

    def __class_getitem__(*args):
        return GenericAlias(deque, args[-1])
"""#
}
