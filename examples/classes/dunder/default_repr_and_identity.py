# Objects without __str__/__repr__/__eq__: identity semantics.
class Box:
    pass


a = Box()
b = Box()
c = a
print(a is c, a is b, a == c, a == b)
print(type(a).__name__, type(a).__qualname__, type(a).__module__)
text = str(a)
print(text == repr(a), text.startswith("<__main__.Box object at 0x"), text.endswith(">"))
print(id(a) == id(c), id(a) == id(b))
print(hash(a) == hash(c))
a.label = "left"
print(c.label)                 # same object
print(vars(b))
print(Box.__name__, Box.__module__, Box.__doc__)
print(isinstance(Box, type), type(Box).__name__)
