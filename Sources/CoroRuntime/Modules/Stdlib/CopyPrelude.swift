// copy in Python: copy/deepcopy with __copy__/__deepcopy__ hooks, memo, and the
// object.__reduce_ex__(4) protocol emulated for instances (state, slots, list and dict items).

enum CopyPrelude {
  static let source = #"""
"""Generic (shallow and deep) copying operations."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _builtin_type_stub(cls):
    return cls.__module__ == 'builtins'


try:
    _is_builtin_type
except NameError:
    _is_builtin_type = _builtin_type_stub


def _f():
    pass


_ATOMIC = {type(None), int, float, bool, complex, str, bytes, type, range,
           type(_f), type(len), type(Ellipsis), type(NotImplemented), property}
_SHALLOW_SAME = _ATOMIC | {tuple, frozenset, slice}
_SHALLOW_COPY = {list, dict, set}
try:
    _SHALLOW_COPY.add(bytearray)
except NameError:
    pass


def _user_defined(cls, name):
    """The attribute `name` if a class of Coro's (not a builtin) in cls's MRO defines it."""
    for k in cls.__mro__:
        if name in k.__dict__:
            if _is_builtin_type(k):
                return None
            return k.__dict__[name]
    return None


def _solid_base(cls):
    for k in cls.__mro__:
        if k is not object and _is_builtin_type(k):
            return k
    return object


def _state(x, cls):
    """The instance state that object.__reduce_ex__ would give."""
    if _user_defined(cls, '__getstate__') is not None:
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    slots = {}
    for k in cls.__mro__:
        names = k.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (k.__name__.lstrip('_'), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state or None, slots)
    return state or None


def _reduce(x, cls):
    """(callable, args, state, listitems, dictitems) as __reduce_ex__(4) gives."""
    if _user_defined(cls, '__reduce_ex__') is not None:
        rv = x.__reduce_ex__(4)
    elif _user_defined(cls, '__reduce__') is not None:
        rv = x.__reduce__()
    else:
        base = _solid_base(cls)
        if cls is set or cls is frozenset:
            return (cls, (list(x),), None, None, None)
        if _is_builtin_type(cls):
            raise TypeError("cannot pickle '%s' object" % cls.__name__)
        state = _state(x, cls)
        if base in (set, frozenset):
            return (cls, (list(x),), state, None, None)
        if _user_defined(cls, '__getnewargs__') is not None:
            args = tuple(x.__getnewargs__())
        elif base in (tuple, str, int, float, bytes, complex, bool):
            args = (base(x),)
        elif base in (object, list, dict, BaseException) or issubclass(base, BaseException):
            args = ()
        else:
            raise TypeError("cannot pickle '%s' object" % cls.__name__)
        if issubclass(base, BaseException):
            return (cls, tuple(x.args), state, None, None)
        listitems = iter(x) if base is list else None
        dictitems = iter(x.items()) if base is dict else None
        return (_newobj, (cls,) + args, state, listitems, dictitems)
    if isinstance(rv, str):
        return rv
    rv = tuple(rv) + (None,) * (5 - len(rv))
    return rv


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _SHALLOW_SAME:
        return x
    if cls in _SHALLOW_COPY:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif issubclass(cls, type):
        y = x
    elif cls.__name__ == 'method' and _is_builtin_type(cls):
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = tuple([deepcopy(arg, memo) for arg in args])
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and _user_defined(type(y), '__setstate__') is not None:
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
"""#
}
