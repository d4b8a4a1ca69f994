// enum in Python: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, the functional API,
// with CPython 3.11's reprs, str() and format(). Members are made by Enum.__init_subclass__ from
// the finished class namespace; EnumType answers iteration, len, lookup by name and assignment.

enum EnumPrelude {
  static let source = ##"""
"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

CPython builds members in EnumType.__new__ from the class body; here a
class statement's members are made by Enum.__init_subclass__, which sees
the finished class namespace (the same names, in the same order), and
EnumType supplies what the class itself answers: iteration, len, `in`,
lookup by name and the reprs. Lookup by value is Enum.__new__, as in
CPython, which EnumType.__call__ reaches."""

import sys

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_enum_name',
]

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


property = property


class _MappingProxy:
    """The read-only view `__members__` returns."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __str__(self):
        return str(self._mapping)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


class EnumType(type):
    """Metaclass for Enum."""

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        if not isinstance(value, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(value).__qualname__, cls.__class__.__qualname__))
        return False

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = set(cls._member_names_) | {'__class__', '__doc__', '__members__', '__module__'}
        return sorted(names)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Color', 'RED GREEN BLUE')."""
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        items = []
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                items.append((name, value))
        elif isinstance(names, dict) or hasattr(names, 'items'):
            items = list(names.items())
        else:
            items = [(item[0], item[1]) for item in names]
        bases = (cls,) if type is None else (type, cls)
        enum_class = _make_class(class_name, bases, items)
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        enum_class.__module__ = module
        enum_class.__qualname__ = qualname if qualname is not None else class_name
        return enum_class


EnumMeta = EnumType


def _make_class(name, bases, items):
    """A new enum class whose members are `items` (the functional API)."""
    return type(name, bases, {'_pending_members_': items})


def _member_type(bases):
    """The data type members derive from (int for IntEnum), or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object or isinstance(base, EnumType):
                continue
            if '__new__' in base.__dict__ or base in (int, str, float):
                return base
    return object


def _add_members(cls, items):
    """Makes the members `items` of cls, as EnumType.__new__ does."""
    member_type = cls._member_type_
    new_member = cls._new_member_
    use_args = cls._use_args_
    for name, value in items:
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = cls._generate_next_value_(
                    name, 1, len(cls._member_names_), [m._value_ for m in cls._member_map_.values()])
            value = value.value
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if member_type is tuple:
            args = (args,)
        if not use_args:
            enum_member = new_member(cls)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value
        else:
            enum_member = new_member(cls, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    enum_member._value_ = member_type(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        for canonical in cls._member_map_.values():
            if canonical._value_ == value:
                enum_member = canonical
                break
        else:
            if not (isinstance(cls, EnumType) and issubclass(cls, Flag)) or _is_single_bit(value):
                cls._member_names_.append(name)
            elif isinstance(value, int) and value != 0:
                cls._member_names_.append(name)
        setattr(cls, name, enum_member)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)


def _is_single_bit(num):
    if not isinstance(num, int) or num == 0:
        return False
    num &= num - 1
    return num == 0


def _setup_enum_class(cls):
    """Enum.__init_subclass__'s work: collect the members of a class body."""
    for base in cls.__bases__:
        if isinstance(base, EnumType) and base.__dict__.get('_member_names_'):
            raise TypeError("%r cannot extend %r" % (cls, base))
    ns = dict(cls.__dict__)
    ignore = ns.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    items = []
    for key, value in ns.items():
        if key in ignore or key == '_ignore_':
            continue
        if isinstance(value, nonmember):
            setattr(cls, key, value.value)
            continue
        if isinstance(value, member):
            items.append((key, value.value))
            continue
        if _is_dunder(key) or _is_sunder(key) or _is_private(cls.__name__, key):
            continue
        if _is_descriptor(value):
            continue
        items.append((key, value))
    items.extend(ns.get('_pending_members_', []))
    for key in ignore:
        if key in ns:
            delattr(cls, key)
    member_type = _member_type(cls.__bases__)
    user_new = cls.__dict__.get('__new__')
    if user_new is not None and user_new is not Enum.__dict__.get('__new__'):
        setattr(cls, '_new_member_', user_new.__func__ if isinstance(user_new, staticmethod) else user_new)
        setattr(cls, '__new__', Enum.__dict__['__new__'])
        setattr(cls, '_use_args_', True)
    else:
        inherited = None
        for base in cls.__mro__[1:]:
            candidate = base.__dict__.get('_new_member_')
            if candidate is not None and base is not Enum:
                inherited = candidate
                break
        if inherited is not None and not isinstance(inherited, type(object.__new__)):
            setattr(cls, '_new_member_', inherited)
            setattr(cls, '_use_args_', True)
        elif member_type is object:
            setattr(cls, '_new_member_', object.__new__)
            setattr(cls, '_use_args_', False)
        else:
            setattr(cls, '_new_member_', member_type.__new__)
            setattr(cls, '_use_args_', True)
    # Lookup by value: Enum.__new__ answers for every enum class, also those
    # whose members derive from int or str (CPython's EnumType.__new__).
    setattr(cls, '__new__', Enum.__dict__['__new__'])
    if '_pending_members_' in ns:
        delattr(cls, '_pending_members_')
    setattr(cls, '_member_type_', member_type)
    setattr(cls, '_member_names_', [])
    setattr(cls, '_member_map_', {})
    setattr(cls, '_value2member_map_', {})
    setattr(cls, '_unhashable_values_', [])
    if member_type is not object:
        setattr(cls, '_value_repr_', member_type.__repr__)
    _fix_methods(cls, ns, member_type)
    _add_members(cls, items)


def _fix_methods(cls, classdict, member_type):
    """The reprs and formatting are the enum's, not the mixed-in type's,
    except that ReprEnum keeps the data type's str() and format()."""
    first_enum = cls.__bases__[-1]
    if ReprEnum is not None and ReprEnum in cls.__bases__:
        if '__format__' not in classdict:
            setattr(cls, '__format__', member_type.__format__)
            classdict['__format__'] = cls.__format__
        if '__str__' not in classdict:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            setattr(cls, '__str__', method)
            classdict['__str__'] = cls.__str__
    if Flag is not None and issubclass(cls, Flag):
        # Flag's operators win over the data type's (int.__or__ for IntFlag).
        for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
            if name not in classdict:
                setattr(cls, name, Flag.__dict__[name])
                classdict[name] = Flag.__dict__[name]
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name not in classdict:
            enum_method = getattr(first_enum, name, None)
            found_method = getattr(cls, name, None)
            object_method = getattr(object, name, None)
            data_type_method = getattr(member_type, name, None)
            if found_method in (data_type_method, object_method):
                setattr(cls, name, enum_method)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        _setup_enum_class(cls)

    def __new__(cls, value, *args, **kwds):
        if args or kwds:
            # Enum('Color', 'RED GREEN'): EnumType.__call__'s functional API.
            return EnumType.__call__(cls, value, *args, **kwds)
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            elif Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
                return result
            else:
                ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
                if result is None and exc is None:
                    raise ve_exc
                elif exc is None:
                    exc = TypeError(
                        'error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))
                if not isinstance(exc, ValueError):
                    exc.__context__ = ve_exc
                raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for cls in type(self).__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] != '_' and not isinstance(obj, Enum):
                    names.add(name)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None
Enum._member_names_ = []
Enum._member_map_ = {}
Enum._value2member_map_ = {}
Enum._unhashable_values_ = []
Enum._member_type_ = object
Enum._new_member_ = object.__new__
Enum._use_args_ = False
Flag = None
ReprEnum = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _reduce_ex_by_global_name(self, proto):
    return self.name


class FlagBoundary:
    def __init__(self, name):
        self.name = name
        self.value = name.lower()

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self.name, self.value)


STRICT, CONFORM, EJECT, KEEP = (FlagBoundary(n) for n in ('STRICT', 'CONFORM', 'EJECT', 'KEEP'))


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _flag_mask_(cls):
        mask = 0
        for m in cls._member_map_.values():
            mask |= m._value_
        return mask

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_()
        all_bits = 2 ** flag_mask.bit_length() - 1
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        if value & ~flag_mask and cls._boundary_ is STRICT and not issubclass(cls, int):
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                cls, value, bin(value), bin(flag_mask)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if value & flag_mask or value == 0:
            members = [m for m in cls._iter_members_(value)]
            unknown = value & ~flag_mask
            names = [m._name_ for m in members]
            if unknown:
                names.append(hex(unknown))
            pseudo_member._name_ = '|'.join(names) if names else None
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    @classmethod
    def _iter_members_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self.__class__._iter_members_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_() ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    _boundary_ = KEEP

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck:
    def __init__(self, name):
        self.name = name


CONTINUOUS, NAMED_FLAGS, UNIQUE = (EnumCheck(n) for n in ('CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE'))


def verify(*checks):
    def decorator(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorator


def global_enum(cls, update_str=False):
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
"""##
}
