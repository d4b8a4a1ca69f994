# str.format's field lookup corner cases and format_map, with CPython's
# errors.

tests = [
    ("'{0}'.format(**{1: 2})", lambda: "{0}".format(**{1: 2})),
    ("'{a}'.format(**{1: 2})", lambda: "{a}".format(**{1: 2})),
    ("'{a}'.format(**{'a': 1, 2: 3})", lambda: "{a}".format(**{"a": 1, 2: 3})),
    ("'{1}'.format(**{'1': 2})", lambda: "{1}".format(**{"1": 2})),
    ("'{}'.format(**{'a': 1})", lambda: "{}".format(**{"a": 1})),
    ("'{a}'.format()", lambda: "{a}".format()),
    ("'{0}'.format()", lambda: "{0}".format()),
    ("'{}{}'.format(1)", lambda: "{}{}".format(1)),
    ("'{0}{}'.format(1, 2)", lambda: "{0}{}".format(1, 2)),
    ("'{}{0}'.format(1, 2)", lambda: "{}{0}".format(1, 2)),
    ("'{a.b}'.format(a=1)", lambda: "{a.b}".format(a=1)),
    ("'{a[0]}'.format(a=[])", lambda: "{a[0]}".format(a=[])),
    ("'{a[x]}'.format(a={})", lambda: "{a[x]}".format(a={})),
    ("'{a[-1]}'.format(a=[1, 2])", lambda: "{a[-1]}".format(a=[1, 2])),
    ("'{'.format()", lambda: "{".format()),
    ("'}'.format()", lambda: "}".format()),
    ("'{0!x}'.format(1)", lambda: "{0!x}".format(1)),
    ("'{0:{1}}'.format(1, 'd')", lambda: "{0:{1}}".format(1, "d")),
    ("'{self}'.format(self=1)", lambda: "{self}".format(self=1)),
    ("'{0.real}'.format(1)", lambda: "{0.real}".format(1)),
    ("'{a[b]}'.format(a={'b': 3})", lambda: "{a[b]}".format(a={"b": 3})),
    ("'{:>{w}}'.format('x', w=3)", lambda: "{:>{w}}".format("x", w=3)),
    ("'{ a }'.format(**{' a ': 1})", lambda: "{ a }".format(**{" a ": 1})),
    ("'{a-b}'.format(**{'a-b': 5})", lambda: "{a-b}".format(**{"a-b": 5})),
    ("'{00}'.format(7)", lambda: "{00}".format(7)),
    ("'{1_0}'.format(*range(11))", lambda: "{1_0}".format(*range(11))),
    ("'{0}'.format(1, **{'0': 9})", lambda: "{0}".format(1, **{"0": 9})),
    ("'{x}{y}'.format_map({'x': 1, 'y': 2})", lambda: "{x}{y}".format_map({"x": 1, "y": 2})),
    ("'{x}'.format_map({})", lambda: "{x}".format_map({})),
    ("'{0}'.format_map({0: 1})", lambda: "{0}".format_map({0: 1})),
    ("'{}'.format_map({})", lambda: "{}".format_map({})),
]
for text, fn in tests:
    try:
        print(text, "->", repr(fn()))
    except (IndexError, KeyError, ValueError, TypeError, AttributeError) as e:
        print(text, "->", type(e).__name__, e)


def show(**kwargs):
    return kwargs


try:
    show(**{1: 2})
except TypeError as e:
    print("show(**{1: 2}) ->", e)
