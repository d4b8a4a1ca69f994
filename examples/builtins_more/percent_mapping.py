# printf-style formatting: %(key)s with mappings, * widths and precisions,
# and how CPython consumes the arguments (with its errors).

tests = [
    ("'%(a)s' % {'a': 1}", lambda: "%(a)s" % {"a": 1}),
    ("'%(a)s %(b)r' % {'a': 1, 'b': 'x'}", lambda: "%(a)s %(b)r" % {"a": 1, "b": "x"}),
    ("'%(name)-6s|%(n)05.1f' % {...}", lambda: "%(name)-6s|%(n)05.1f" % {"name": "ab", "n": 3.14159}),
    ("'%(a)s' % {}", lambda: "%(a)s" % {}),
    ("'%(a)s' % 5", lambda: "%(a)s" % 5),
    ("'%(a)s' % (1,)", lambda: "%(a)s" % (1,)),
    ("'%(a)s' % [1]", lambda: "%(a)s" % [1]),
    ("'%(a)s %s' % {'a': 1}", lambda: "%(a)s %s" % {"a": 1}),
    ("'%s %(a)s' % {'a': 1}", lambda: "%s %(a)s" % {"a": 1}),
    ("'%(a)d' % {'a': 'x'}", lambda: "%(a)d" % {"a": "x"}),
    ("'%(a)*d' % {'a': 1}", lambda: "%(a)*d" % {"a": 1}),
    ("'%*d|' % (5, 1)", lambda: "%*d|" % (5, 1)),
    ("'%-*d|' % (5, 1)", lambda: "%-*d|" % (5, 1)),
    ("'%*s|' % (-5, 'x')", lambda: "%*s|" % (-5, "x")),
    ("'%.*f' % (2, 3.14159)", lambda: "%.*f" % (2, 3.14159)),
    ("'%*.*f' % (8, 2, 3.14159)", lambda: "%*.*f" % (8, 2, 3.14159)),
    ("'%.*f' % (-3, 1.5)", lambda: "%.*f" % (-3, 1.5)),
    ("'%*d' % (True, 7)", lambda: "%*d" % (True, 7)),
    ("'%*d' % ('x', 1)", lambda: "%*d" % ("x", 1)),
    ("'%*d' % (5,)", lambda: "%*d" % (5,)),
    ("'%*d' % (1.5, 1)", lambda: "%*d" % (1.5, 1)),
    ("'%*d' % (2**63, 1)", lambda: "%*d" % (2**63, 1)),
    ("'%.*f' % (2**63, 1.0)", lambda: "%.*f" % (2**63, 1.0)),
    ("'%.*f' % (2**31, 1.0)", lambda: "%.*f" % (2**31, 1.0)),
    ("'%(a' % {'a': 1}", lambda: "%(a" % {"a": 1}),
    ("'%()s' % {'': 3}", lambda: "%()s" % {"": 3}),
    ("'%((a))s' % {'(a)': 1}", lambda: "%((a))s" % {"(a)": 1}),
    ("'%(a)s %%' % {'a': 1}", lambda: "%(a)s %%" % {"a": 1}),
    ("'%s' % {'a': 1}", lambda: "%s" % {"a": 1}),
    ("'hello' % {'a': 1}", lambda: "hello" % {"a": 1}),
    ("'hello' % 5", lambda: "hello" % 5),
    ("'%s %s' % (1,)", lambda: "%s %s" % (1,)),
    ("'%s' % (1, 2)", lambda: "%s" % (1, 2)),
    ("'%s' % ()", lambda: "%s" % ()),
    ("'%z' % 1", lambda: "%z" % 1),
]
for text, fn in tests:
    try:
        print(text, "->", repr(fn()))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(text, "->", type(e).__name__, e)
