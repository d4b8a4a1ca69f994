import Testing

/// Uncaught exceptions print CPython 3.11's traceback text byte for byte:
/// source lines, the `~~~^~~~` and `^^^^` markers under the failing expression,
/// "[Previous line repeated N more times]" collapsing, and chained
/// exceptions (cause, context, `from None`). Expected texts from CPython 3.11.7.
struct TracebackTests {
  static let cases: [ProgramCase] = [
    ProgramCase(
      "tb_zero",
      source: #"""
        def ratio(a, b):
            return a / b

        def report(values):
            total = sum(values)
            return ratio(total, len(values) - 3)

        print("start")
        report([1, 2, 3])
        """#,
      stdout: "start",
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 9, in <module>
            report([1, 2, 3])
          File "/coro-tests/prog.py", line 6, in report
            return ratio(total, len(values) - 3)
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          File "/coro-tests/prog.py", line 2, in ratio
            return a / b
                   ~~^~~
        ZeroDivisionError: division by zero
        """#,
      status: 1),
    ProgramCase(
      "tb_repeat",
      source: #"""
        def countdown(n):
            if n == 0:
                return {}["missing"]
            return countdown(n - 1)

        countdown(25)
        """#,
      stdout: nil,
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 6, in <module>
            countdown(25)
          File "/coro-tests/prog.py", line 4, in countdown
            return countdown(n - 1)
                   ^^^^^^^^^^^^^^^^
          File "/coro-tests/prog.py", line 4, in countdown
            return countdown(n - 1)
                   ^^^^^^^^^^^^^^^^
          File "/coro-tests/prog.py", line 4, in countdown
            return countdown(n - 1)
                   ^^^^^^^^^^^^^^^^
          [Previous line repeated 22 more times]
          File "/coro-tests/prog.py", line 3, in countdown
            return {}["missing"]
                   ~~^^^^^^^^^^^
        KeyError: 'missing'
        """#,
      status: 1),
    ProgramCase(
      "tb_mutual",
      source: #"""
        def ping(n):
            return pong(n)

        def pong(n):
            return ping(n - 1) if n else 1 // n

        ping(6)
        """#,
      stdout: nil,
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 7, in <module>
            ping(6)
          File "/coro-tests/prog.py", line 2, in ping
            return pong(n)
                   ^^^^^^^
          File "/coro-tests/prog.py", line 5, in pong
            return ping(n - 1) if n else 1 // n
                   ^^^^^^^^^^^
          File "/coro-tests/prog.py", line 2, in ping
            return pong(n)
                   ^^^^^^^
          File "/coro-tests/prog.py", line 5, in pong
            return ping(n - 1) if n else 1 // n
                   ^^^^^^^^^^^
          File "/coro-tests/prog.py", line 2, in ping
            return pong(n)
                   ^^^^^^^
          File "/coro-tests/prog.py", line 5, in pong
            return ping(n - 1) if n else 1 // n
                   ^^^^^^^^^^^
          File "/coro-tests/prog.py", line 2, in ping
            return pong(n)
                   ^^^^^^^
          File "/coro-tests/prog.py", line 5, in pong
            return ping(n - 1) if n else 1 // n
                   ^^^^^^^^^^^
          File "/coro-tests/prog.py", line 2, in ping
            return pong(n)
                   ^^^^^^^
          File "/coro-tests/prog.py", line 5, in pong
            return ping(n - 1) if n else 1 // n
                   ^^^^^^^^^^^
          File "/coro-tests/prog.py", line 2, in ping
            return pong(n)
                   ^^^^^^^
          File "/coro-tests/prog.py", line 5, in pong
            return ping(n - 1) if n else 1 // n
                   ^^^^^^^^^^^
          File "/coro-tests/prog.py", line 2, in ping
            return pong(n)
                   ^^^^^^^
          File "/coro-tests/prog.py", line 5, in pong
            return ping(n - 1) if n else 1 // n
                                         ~~^^~~
        ZeroDivisionError: integer division or modulo by zero
        """#,
      status: 1),
    ProgramCase(
      "rec_uncaught",
      source: #"""
        def f(n):
            return f(n + 1)

        f(0)
        """#,
      stdout: nil,
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 4, in <module>
            f(0)
          File "/coro-tests/prog.py", line 2, in f
            return f(n + 1)
                   ^^^^^^^^
          File "/coro-tests/prog.py", line 2, in f
            return f(n + 1)
                   ^^^^^^^^
          File "/coro-tests/prog.py", line 2, in f
            return f(n + 1)
                   ^^^^^^^^
          [Previous line repeated 996 more times]
        RecursionError: maximum recursion depth exceeded
        """#,
      status: 1),
    ProgramCase(
      "tb_chain",
      source: #"""
        def load(key):
            return {"a": 1}[key]

        def lookup(key):
            try:
                return load(key)
            except KeyError as error:
                raise LookupError(f"no {key}") from error

        def handle():
            try:
                lookup("b")
            except LookupError:
                int("x")

        handle()
        """#,
      stdout: nil,
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 6, in lookup
            return load(key)
                   ^^^^^^^^^
          File "/coro-tests/prog.py", line 2, in load
            return {"a": 1}[key]
                   ~~~~~~~~^^^^^
        KeyError: 'b'

        The above exception was the direct cause of the following exception:

        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 12, in handle
            lookup("b")
          File "/coro-tests/prog.py", line 8, in lookup
            raise LookupError(f"no {key}") from error
        LookupError: no b

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 16, in <module>
            handle()
          File "/coro-tests/prog.py", line 14, in handle
            int("x")
        ValueError: invalid literal for int() with base 10: 'x'
        """#,
      status: 1),
    ProgramCase(
      "tb_suppressed",
      source: #"""
        try:
            [][0]
        except IndexError:
            raise ValueError("clean") from None
        """#,
      stdout: nil,
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 4, in <module>
            raise ValueError("clean") from None
        ValueError: clean
        """#,
      status: 1),
    ProgramCase(
      "tb_attr_binop",
      source: #"""
        class Point:
            def __init__(self, x):
                self.x = x

        points = [Point(1), None]
        total = 0
        for p in points:
            total = total + p.x * 2
        """#,
      stdout: nil,
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 8, in <module>
            total = total + p.x * 2
                            ^^^
        AttributeError: 'NoneType' object has no attribute 'x'
        """#,
      status: 1),
    ProgramCase(
      "tb_generator",
      source: #"""
        def numbers():
            yield 1
            yield int("two")

        for n in numbers():
            print(n)
        """#,
      stdout: "1",
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 5, in <module>
            for n in numbers():
          File "/coro-tests/prog.py", line 3, in numbers
            yield int("two")
                  ^^^^^^^^^^
        ValueError: invalid literal for int() with base 10: 'two'
        """#,
      status: 1),
    ProgramCase(
      "tb_assert_compare",
      source: #"""
        def check(values):
            assert len(values) > 2, f"only {len(values)} values"
            return values

        check([1, 2])
        """#,
      stdout: nil,
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 5, in <module>
            check([1, 2])
          File "/coro-tests/prog.py", line 2, in check
            assert len(values) > 2, f"only {len(values)} values"
                   ^^^^^^^^^^^^^^^
        AssertionError: only 2 values
        """#,
      status: 1),
    // The comparison's position stays current after a conditional jump
    // on it (CPython 3.11's compiler_jump_if), so what the statement emits
    // next points at it: an assert's raise, a comprehension's MAP_ADD.
    ProgramCase(
      "tb_assert_compare_in_and",
      source: #"""
        def check(low, high):
            assert low < high and high, "empty range"

        check(1, 0)
        """#,
      stdout: nil,
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 4, in <module>
            check(1, 0)
          File "/coro-tests/prog.py", line 2, in check
            assert low < high and high, "empty range"
                   ^^^^^^^^^^
        AssertionError: empty range
        """#,
      status: 1),
    ProgramCase(
      "tb_assert_compare_in_conditional",
      source: #"""
        def check(items):
            assert (len(items) > 3 if items else False), f"{len(items)} items"

        check([1])
        """#,
      stdout: nil,
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 4, in <module>
            check([1])
          File "/coro-tests/prog.py", line 2, in check
            assert (len(items) > 3 if items else False), f"{len(items)} items"
                    ^^^^^^^^^^^^^^
        AssertionError: 1 items
        """#,
      status: 1),
    ProgramCase(
      "tb_comprehension_condition",
      source: #"""
        def keys(rows):
            return {[row]: 1 for row in rows if row > 0}

        keys([3])
        """#,
      stdout: nil,
      stderr: #"""
        Traceback (most recent call last):
          File "/coro-tests/prog.py", line 4, in <module>
            keys([3])
          File "/coro-tests/prog.py", line 2, in keys
            return {[row]: 1 for row in rows if row > 0}
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          File "/coro-tests/prog.py", line 2, in <dictcomp>
            return {[row]: 1 for row in rows if row > 0}
                                                ^^^^^^^
        TypeError: unhashable type: 'list'
        """#,
      status: 1),
  ]

  @Test("uncaught exception prints CPython's traceback", arguments: cases)
  func program(_ c: ProgramCase) {
    c.check()
  }
}
