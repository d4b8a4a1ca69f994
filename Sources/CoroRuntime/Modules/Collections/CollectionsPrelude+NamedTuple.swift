// collections.namedtuple: tuple subclasses made with type(), whose __new__ binds
// arguments with the messages CPython's generated __new__ gives.

extension CollectionsPrelude {
  static let namedtuple = #"""
class _tuplegetter:
    # The descriptor of one namedtuple field: reads item `index`, read-only.
    # (No docstring: '__doc__' is one of its slots.)

    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)


def _name_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _bind_fields(func, fields, defaults, args, kwargs):
    """The field values for `func(*args, **kwargs)`, with CPython's errors."""
    nfields = len(fields)
    values = list(args[:nfields])
    values += [_MISSING] * (nfields - len(values))
    for name, value in kwargs.items():
        try:
            i = fields.index(name)
        except ValueError:
            raise TypeError('%s() got an unexpected keyword argument %r' % (func, name)) from None
        if values[i] is not _MISSING:
            raise TypeError('%s() got multiple values for argument %r' % (func, name))
        values[i] = value
    if len(args) > nfields:
        given = len(args) + 1
        if defaults:
            takes = 'from %d to %d positional arguments' % (nfields - len(defaults) + 1, nfields + 1)
        else:
            takes = '%d positional argument%s' % (nfields + 1, '' if nfields == 0 else 's')
        raise TypeError('%s() takes %s but %d %s given'
                        % (func, takes, given, 'was' if given == 1 else 'were'))
    first_default = nfields - len(defaults)
    missing = []
    for i in range(nfields):
        if values[i] is _MISSING:
            if i >= first_default:
                values[i] = defaults[i - first_default]
            else:
                missing.append(fields[i])
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (func, len(missing), '' if len(missing) == 1 else 's',
                           _name_list(missing)))
    return values


_MISSING = object()


def _namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        for name, value in zip(field_names[len(field_names) - len(defaults):], defaults):
            field_defaults[name] = value
    else:
        defaults = ()
    fields = tuple(field_names)
    nfields = len(fields)
    new_name = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return tuple.__new__(_cls, args)
        return tuple.__new__(_cls, _bind_fields(new_name, fields, defaults, args, kwargs))

    __new__.__qualname__ = new_name
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(fields))

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d' % (nfields, len(result)))
        return result

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return self._make(values)

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(
            '%s=%r' % (name, value) for name, value in zip(fields, self)))

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)
    result = type(typename, (tuple,), namespace)
    result.__module__ = module if module is not None else '__main__'
    return result
"""#
}
