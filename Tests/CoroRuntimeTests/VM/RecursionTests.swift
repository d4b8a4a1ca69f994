import Testing

/// The recursion limit raises RecursionError — never a crash of the Swift
/// stack — whatever recurses: Python calls, sorted(key=...), repr and == of
/// deeply nested data, __eq__, __getattr__, yield from, awaits; in the main
/// thread and in worker threads. Expected output from CPython 3.11.7.
struct RecursionTests {
  static let cases: [ProgramCase] = [
    ProgramCase(
      "recursion_caught",
      source: #"""
        import sys

        def f(n):
            return f(n + 1)

        try:
            f(0)
        except RecursionError as e:
            print("plain:", e)

        def k(x):
            return sorted([x], key=k)

        try:
            k(1)
        except RecursionError as e:
            print("sorted key:", e)

        nested = []
        for i in range(100000):
            nested = [nested]
        try:
            repr(nested)
        except RecursionError as e:
            print("repr of nested lists:", e)

        d = {}
        for i in range(100000):
            d = {"k": d}
        try:
            str(d)
        except RecursionError as e:
            print("str of nested dicts:", e)

        other = []
        for i in range(100000):
            other = [other]
        try:
            nested == other
        except RecursionError as e:
            print("== of nested lists:", e)

        class E:
            def __eq__(self, other):
                return self == other

        try:
            E() == E()
        except RecursionError as e:
            print("__eq__:", e)

        class A:
            def __getattr__(self, name):
                return getattr(self, name)

        try:
            A().x
        except RecursionError as e:
            print("__getattr__:", e)

        def g():
            yield from g()

        try:
            next(g())
        except RecursionError as e:
            print("yield from:", e)

        print("limit", sys.getrecursionlimit())
        sys.setrecursionlimit(60)

        def depth(n):
            try:
                return depth(n + 1)
            except RecursionError:
                return n

        print("limit 60 stops between 40 and 60:", 40 < depth(0) < 60)
        sys.setrecursionlimit(1000)

        def count(n):
            return 0 if n == 0 else 1 + count(n - 1)

        print("still works after:", count(900))
        """#,
      stdout: #"""
        plain: maximum recursion depth exceeded
        sorted key: maximum recursion depth exceeded
        repr of nested lists: maximum recursion depth exceeded while getting the repr of an object
        str of nested dicts: maximum recursion depth exceeded while getting the repr of an object
        == of nested lists: maximum recursion depth exceeded in comparison
        __eq__: maximum recursion depth exceeded
        __getattr__: maximum recursion depth exceeded
        yield from: maximum recursion depth exceeded
        limit 1000
        limit 60 stops between 40 and 60: True
        still works after: 900
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "recursion_await_chain",
      source: #"""
        import asyncio

        async def down(n):
            return await down(n + 1)

        async def main():
            try:
                await down(0)
            except RecursionError as e:
                print("await chain:", e)
            return "loop still fine"

        print(asyncio.run(main()))
        """#,
      stdout: #"""
        await chain: maximum recursion depth exceeded
        loop still fine
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "recursion_repr_method",
      source: #"""
        class R:
            def __repr__(self):
                return repr(self)

        try:
            repr(R())
        except RecursionError as e:
            print(e)
        """#,
      stdout: #"""
        maximum recursion depth exceeded while calling a Python object
        """#,
      stderr: nil,
      status: 0),
  ]

  @Test("deep recursion raises RecursionError as in CPython", arguments: cases)
  func program(_ c: ProgramCase) {
    c.check()
  }

  /// Worker threads have smaller stacks than the main thread (64 MB): deep
  /// native recursion there must end in RecursionError too. (Which of
  /// CPython's messages appears depends on its C-level counting; see the
  /// known issue above, so only the common prefix is compared.)
  @Test("recursion in worker threads raises RecursionError, no crash")
  func recursionInWorkers() {
    let result = Program.run(#"""
      import threading
      from concurrent.futures import ThreadPoolExecutor

      def k(x):
          return sorted([x], key=k)

      def nested_repr():
          nested = []
          for i in range(100000):
              nested = [nested]
          return repr(nested)

      def plain(n):
          return plain(n + 1)

      def run(fn, *args):
          try:
              fn(*args)
          except RecursionError as e:
              return f"{threading.current_thread().name}: {e}"

      with ThreadPoolExecutor(max_workers=1) as pool:
          print(pool.submit(run, k, 1).result())
          print(pool.submit(run, nested_repr).result())
          print(pool.submit(run, plain, 0).result())

      t = threading.Thread(target=lambda: print(run(k, 1)), name="plain-thread")
      t.start()
      t.join()
      """#)
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    let prefixes = [
      "ThreadPoolExecutor-0_0: maximum recursion depth exceeded",
      "ThreadPoolExecutor-0_0: maximum recursion depth exceeded while getting the repr of an object",
      "ThreadPoolExecutor-0_0: maximum recursion depth exceeded",
      "plain-thread: maximum recursion depth exceeded",
    ]
    #expect(result.lines.count == prefixes.count, "\(result)")
    for (line, prefix) in zip(result.lines, prefixes) {
      #expect(line.hasPrefix(prefix), "\(line)")
    }
  }
}
