import Testing

/// Frames are pooled and reused: a function called recursively, in a loop,
/// suspended in a generator or raising must keep its own locals; closures made
/// in different calls get different cells, closures of one call share them.
struct FramesAndClosuresTests {
  static let cases: [ProgramCase] = [
    ProgramCase(
      "frames_reused",
      source: #"""
        def make(x):
            def get():
                return x
            return get
        gs = [make(i) for i in range(5)]
        print([g() for g in gs])
        def walk(n, acc):
            local = [n]
            if n > 0:
                walk(n - 1, acc)
            acc.append((n, local[0]))
            return acc
        print(walk(4, []))
        def gen(n):
            total = 0
            for i in range(n):
                total += i
                yield total
        a = gen(5)
        b = gen(3)
        print(next(a), next(b), next(a), list(b), list(a))
        def reenter(n):
            g = gen(n)
            first = next(g)
            inner = reenter(n - 1) if n > 1 else []
            return [first, next(g, None)] + inner
        print(reenter(4))
        def kw(a, b=2, *args, c, d=4, **rest):
            return a, b, args, c, d, rest
        for i in range(3):
            print(kw(i, c=i * 10), kw(1, 2, 3, 4, c=5, e=6))
        def fails(n):
            x = n * 2
            if n == 3:
                raise ValueError(x)
            return x
        out = []
        for i in range(6):
            try:
                out.append(fails(i))
            except ValueError as e:
                out.append(("err", e.args[0]))
        print(out)
        def deep_then_shallow(n):
            if n == 0:
                return "bottom"
            v = deep_then_shallow(n - 1)
            return v if n != 50 else v + "!"
        for _ in range(3):
            print(deep_then_shallow(60), deep_then_shallow(2))
        def cellmaker(n):
            cells = []
            for i in range(n):
                v = i
                cells.append(lambda v=v: v)
            def shared():
                return n
            return [c() for c in cells], shared
        r1, s1 = cellmaker(3)
        r2, s2 = cellmaker(5)
        print(r1, r2, s1(), s2())
        def recursion_with_closure(n):
            def inner():
                return n
            if n == 0:
                return [inner]
            return [inner] + recursion_with_closure(n - 1)
        print([f() for f in recursion_with_closure(5)])
        import functools
        @functools.lru_cache(maxsize=None)
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        print(fib(80))
        def sorter(items):
            return sorted(items, key=lambda x: -key_of(x))
        def key_of(x):
            return sum(sorter([]) or [x])
        print(sorter([3, 1, 2]))
        """#,
      stdout: #"""
        [0, 1, 2, 3, 4]
        [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4)]
        0 0 1 [1, 3] [3, 6, 10]
        [0, 1, 0, 1, 0, 1, 0, None]
        (0, 2, (), 0, 4, {}) (1, 2, (3, 4), 5, 4, {'e': 6})
        (1, 2, (), 10, 4, {}) (1, 2, (3, 4), 5, 4, {'e': 6})
        (2, 2, (), 20, 4, {}) (1, 2, (3, 4), 5, 4, {'e': 6})
        [0, 2, 4, ('err', 6), 8, 10]
        bottom! bottom
        bottom! bottom
        bottom! bottom
        [0, 1, 2] [0, 1, 2, 3, 4] 3 5
        [5, 4, 3, 2, 1, 0]
        23416728348467685
        [3, 2, 1]
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "closures_share_cells",
      source: #"""
        def make():
            fs = []
            for i in range(3):
                fs.append(lambda: i)
            return fs
        print([f() for f in make()])
        def make2():
            return [lambda i=i: i for i in range(3)]
        print([f() for f in make2()])
        def counter():
            n = 0
            def inc():
                nonlocal n
                n += 1
                return n
            def get():
                return n
            return inc, get
        inc, get = counter()
        inc(); inc()
        print(get(), inc.__closure__[0].cell_contents)
        def outer():
            x = 1
            def mid():
                def inner():
                    return x
                return inner
            x = 2
            return mid()
        print(outer()())
        def shadow():
            def f(): return y
            try:
                f()
            except NameError as e:
                print(e)
            y = 5
            return f()
        print(shadow())
        def fact(n):
            total = n
            if n > 1:
                total = total * fact(n - 1)
            return total
        print([fact(i) for i in range(1, 8)])
        def loop_locals():
            out = []
            for i in range(3):
                a = i * 10
                b = fact(i + 1)
                out.append((a, b, i))
            return out
        print(loop_locals())
        def fib(n):
            a = n
            if n < 2: return a
            left = fib(n - 1)
            right = fib(n - 2)
            return left + right
        print(fib(15), [fib(i) for i in range(10)])
        def acc():
            items = []
            def add(x):
                items.append(x)
                return len(items)
            return add, items
        add, items = acc()
        add(1); add(2)
        print(items)
        def unbound():
            print(z)
            z = 1
        try:
            unbound()
        except UnboundLocalError as e:
            print(e)
        def freeunbound():
            def inner():
                return w
            try:
                inner()
            except NameError as e:
                print(type(e).__name__, e)
            w = 3
        freeunbound()
        def deleter():
            q = 1
            def inner(): return q
            del q
            try: inner()
            except NameError as e: print(e)
        deleter()
        """#,
      stdout: #"""
        [2, 2, 2]
        [0, 1, 2]
        2 2
        2
        cannot access free variable 'y' where it is not associated with a value in enclosing scope
        5
        [1, 2, 6, 24, 120, 720, 5040]
        [(0, 1, 0), (10, 2, 1), (20, 6, 2)]
        610 [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
        [1, 2]
        cannot access local variable 'z' where it is not associated with a value
        NameError cannot access free variable 'w' where it is not associated with a value in enclosing scope
        cannot access free variable 'q' where it is not associated with a value in enclosing scope
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "closure_cell_order",
      source: #"""
        def outer(a):
            b = a + 1
            def inner(c):
                nonlocal b
                b += c
                return a + b
            return inner

        f = outer(1)
        print([cell.cell_contents for cell in f.__closure__])
        """#,
      stdout: "[1, 2]",
      stderr: nil,
      status: 0),
    ProgramCase(
      "class_body_shadows_captured_name",
      source: #"""
        def f():
            x = 1
            class C:
                x = 2
                def g(self):
                    return x
            return C().g(), C.x

        print(f())
        """#,
      stdout: "(1, 2)",
      stderr: nil,
      status: 0),
  ]

  @Test("frames and closures keep the right values", arguments: cases)
  func program(_ c: ProgramCase) {
    c.check()
  }
}
