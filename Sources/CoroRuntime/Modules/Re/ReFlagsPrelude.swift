/// The Python half of `re`: `RegexFlag`, an int subclass whose repr names
/// the flags (`re.IGNORECASE|re.MULTILINE`), and the flag constants.
enum ReFlagsPrelude {
  static let source = """
    class RegexFlag(int):
        _members = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
                    ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
                    ('DEBUG', 128))

        def __repr__(self):
            value = int(self)
            names = []
            for name, bit in RegexFlag._members:
                if value & bit:
                    names.append('re.' + name)
                    value &= ~bit
            if value:
                names.append(hex(value))
            return '|'.join(names) if names else 're.NOFLAG'

        __str__ = __repr__

        def __format__(self, spec):
            return format(str(self), spec)

        @property
        def name(self):
            value = int(self)
            if value == 0:
                return 'NOFLAG'
            names = [name for name, bit in RegexFlag._members if value & bit]
            return '|'.join(names) if names else None

        @property
        def value(self):
            return int(self)

        def __or__(self, other):
            if isinstance(other, int):
                return RegexFlag(int(self) | int(other))
            return NotImplemented

        def __and__(self, other):
            if isinstance(other, int):
                return RegexFlag(int(self) & int(other))
            return NotImplemented

        def __xor__(self, other):
            if isinstance(other, int):
                return RegexFlag(int(self) ^ int(other))
            return NotImplemented

        __ror__ = __or__
        __rand__ = __and__
        __rxor__ = __xor__

        def __invert__(self):
            return RegexFlag(~int(self) & 511)

    NOFLAG = RegexFlag(0)
    A = ASCII = RegexFlag(256)
    I = IGNORECASE = RegexFlag(2)
    L = LOCALE = RegexFlag(4)
    U = UNICODE = RegexFlag(32)
    M = MULTILINE = RegexFlag(8)
    S = DOTALL = RegexFlag(16)
    X = VERBOSE = RegexFlag(64)
    T = TEMPLATE = RegexFlag(1)
    DEBUG = RegexFlag(128)
    for _name, _bit in RegexFlag._members:
        setattr(RegexFlag, _name, RegexFlag(_bit))
    RegexFlag.NOFLAG = NOFLAG
    del _name, _bit
    """
}
