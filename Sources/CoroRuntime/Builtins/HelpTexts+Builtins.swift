extension HelpTexts {
  /// The builtins' entries.
  static let builtins: [String: Entry] = [
    "print": e(
      "print(*values, sep=' ', end='\\n', file=None, flush=False)",
      "Writes the values as text, separated by sep and followed by end."),
    "len": e("len(obj)", "The number of items in a string, list, tuple, dict, set or range."),
    "range": e(
      "range(stop) or range(start, stop, step=1)",
      "The integers from start up to (not including) stop: for i in range(3): gives 0, 1, 2."),
    "input": e("input(prompt='')", "Shows prompt, reads a line typed by the user and returns it."),
    "help": e(
      "help() or help(obj)",
      "help() explains the prompt; help(obj) describes obj, e.g. help(asyncio.gather)."),
    "exit": e("exit(code=None)", "Leaves the prompt (or ends the program). Ctrl-D does the same."),
    "quit": e("quit(code=None)", "The same as exit()."),
    "type": e("type(obj)", "The class of obj: type(3) is int."),
    "isinstance": e(
      "isinstance(obj, cls)",
      "True if obj is an instance of cls (or of a subclass)."),
    "issubclass": e("issubclass(cls, base)", "True if cls is base or derives from it."),
    "repr": e("repr(obj)", "The text the prompt shows for obj (strings get their quotes)."),
    "str": e("str(obj='')", "The text form of obj; also the type of text strings."),
    "int": e("int(x=0, base=10)", "Converts x (a number or a string of digits) to an integer."),
    "float": e("float(x=0.0)", "Converts x to a floating-point number."),
    "bool": e("bool(x=False)", "True or False: empty containers, 0 and None are false."),
    "list": e("list(iterable=())", "A mutable sequence: [1, 2, 3]. append(), pop(), sort()..."),
    "tuple": e("tuple(iterable=())", "An immutable sequence: (1, 2, 3)."),
    "dict": e(
      "dict(...)",
      "A mapping from keys to values: {'a': 1}. d[key], d.get(key), d.items()."),
    "set": e("set(iterable=())", "An unordered collection without duplicates: {1, 2, 3}."),
    "frozenset": e("frozenset(iterable=())", "An immutable set."),
    "bytes": e("bytes(...)", "An immutable sequence of bytes: b'abc'."),
    "complex": e("complex(real=0, imag=0)", "A complex number: 1+2j."),
    "object": e("object()", "The base class of every class."),
    "abs": e("abs(x)", "The absolute value of a number."),
    "all": e("all(iterable)", "True if every item is true (or there are none)."),
    "any": e("any(iterable)", "True if at least one item is true."),
    "ascii": e("ascii(obj)", "Like repr(obj), with non-ASCII characters escaped."),
    "bin": e("bin(n)", "The binary text of an integer: bin(5) is '0b101'."),
    "oct": e("oct(n)", "The octal text of an integer: oct(8) is '0o10'."),
    "hex": e("hex(n)", "The hexadecimal text of an integer: hex(255) is '0xff'."),
    "chr": e("chr(i)", "The character with code point i: chr(65) is 'A'."),
    "ord": e("ord(c)", "The code point of a one-character string: ord('A') is 65."),
    "callable": e("callable(obj)", "True if obj can be called like a function."),
    "dir": e("dir(obj)", "The names of obj's attributes; dir() alone lists your variables."),
    "divmod": e("divmod(a, b)", "The pair (a // b, a % b)."),
    "enumerate": e(
      "enumerate(iterable, start=0)",
      "Pairs (index, item): for i, x in enumerate(['a', 'b']): ..."),
    "zip": e(
      "zip(*iterables)",
      "Tuples of items taken in step: zip([1, 2], 'ab') gives (1, 'a'), (2, 'b')."),
    "map": e("map(func, iterable)", "func applied to each item, lazily: list(map(str, [1, 2]))."),
    "filter": e("filter(func, iterable)", "The items for which func(item) is true, lazily."),
    "reversed": e("reversed(seq)", "The items of a sequence in reverse order, lazily."),
    "sorted": e("sorted(iterable, *, key=None, reverse=False)", "A new sorted list of the items."),
    "sum": e("sum(iterable, start=0)", "The total of the numbers."),
    "min": e(
      "min(iterable) or min(a, b, ...)",
      "The smallest item (key= chooses what to compare)."),
    "max": e("max(iterable) or max(a, b, ...)", "The largest item (key= chooses what to compare)."),
    "round": e(
      "round(x, ndigits=None)",
      "x rounded to ndigits decimals (halves go to the even digit)."),
    "pow": e("pow(base, exp, mod=None)", "base ** exp, optionally modulo mod."),
    "format": e(
      "format(value, spec='')",
      "value formatted as in an f-string: format(3.14159, '.2f')."),
    "iter": e("iter(obj)", "An iterator over obj; next() takes its items one by one."),
    "next": e(
      "next(iterator, default)",
      "The next item; StopIteration (or default) when there is none."),
    "getattr": e("getattr(obj, name, default)", "obj.name, for a name held in a string."),
    "setattr": e(
      "setattr(obj, name, value)",
      "Sets obj.name = value, for a name held in a string."),
    "hasattr": e("hasattr(obj, name)", "True if obj has an attribute with that name."),
    "delattr": e("delattr(obj, name)", "Deletes obj.name."),
    "hash": e("hash(obj)", "The hash of obj (what sets and dict keys use)."),
    "id": e("id(obj)", "A number identifying obj while it exists."),
    "globals": e("globals()", "The dict of the module's variables."),
    "locals": e("locals()", "A dict of the current function's variables."),
    "vars": e("vars(obj)", "obj.__dict__: the attributes stored on obj."),
    "slice": e("slice(start, stop, step)", "What a[start:stop:step] uses."),
    "property": e("property(fget)", "Used as @property: a method read like an attribute."),
    "classmethod": e("classmethod(func)", "Used as @classmethod: the method receives the class."),
    "staticmethod": e(
      "staticmethod(func)",
      "Used as @staticmethod: a plain function inside a class."),
    "super": e("super()", "Inside a method: the parent class's version, super().__init__()."),
  ]
}
