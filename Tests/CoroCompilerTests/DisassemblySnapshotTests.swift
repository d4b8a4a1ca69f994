import CoroCompiler
import Foundation
import Testing

/// Disassembly snapshots of small programs, one per compiler feature: how
/// names become fast locals, globals, cells and free variables; class
/// bodies and the `__class__` cell; comprehensions as functions; exception
/// tables of try/except/finally and `with`; await loops; set displays
/// folded into frozenset constants.
///
/// The expected text lives in `Snapshots/NAME.txt`: the code object summary
/// (slots, cells, free variables, flags) followed by `Disassembler`'s
/// output. Record with `CORO_RECORD=1 swift test ... --filter
/// DisassemblySnapshotTests` (the recording run fails on purpose; see
/// Support/Snapshot.swift).
struct DisassemblySnapshotTests {
  struct Program: CustomTestStringConvertible, Sendable {
    let name: String
    let source: String
    var testDescription: String { name }
  }

  static let programs: [Program] = [
    Program(name: "locals_vs_globals", source: """
      counter = 0

      def bump(step, *rest, scale=2, **options):
          global counter
          total = step * scale
          counter += total
          return total, len(rest), options, undefined_global
      """),
    Program(name: "closure_nonlocal", source: """
      def make_counter(start):
          count = start
          def inc(by=1):
              nonlocal count
              count += by
              return count
          def peek():
              return count, start
          return inc, peek
      """),
    Program(name: "closure_cell_order", source: """
      def outer(b, a):
          z = a + b
          y = z * 2
          def inner():
              return y, z, b, a
          return inner
      """),
    Program(name: "closure_nested_three_levels", source: """
      def outer(a):
          def middle(b):
              def inner():
                  return a + b
              return inner
          return middle
      """),
    Program(name: "closure_in_loop", source: """
      def callbacks(n):
          fs = []
          for i in range(n):
              fs.append(lambda: i * n)
          return fs
      """),
    Program(name: "class_body_super", source: """
      class Base:
          def greet(self):
              return "base"

      class Child(Base):
          kind = "child"

          def greet(self):
              return super().greet() + "/" + self.kind

          def plain(self):
              return __class__
      """),
    Program(name: "comprehensions", source: """
      def comps(xs, k):
          squares = [x * x for x in xs if x % k]
          unique = {x % k for x in xs}
          index = {x: i for i, x in enumerate(xs)}
          lazy = (x + k for x in xs)
          return squares, unique, index, lazy
      """),
    Program(name: "try_except_finally", source: """
      def risky(f):
          try:
              value = f()
          except (KeyError, IndexError) as error:
              value = str(error)
          except Exception:
              raise
          else:
              value = value * 2
          finally:
              print("done")
          return value
      """),
    Program(name: "with_statement", source: """
      def read(path):
          with open(path) as handle, lock:
              data = handle.read()
          return data
      """),
    Program(name: "await_loops", source: """
      async def consume(source, queue):
          total = 0
          while total < 10:
              total += await queue.get()
          for item in source:
              await item
          async for chunk in source:
              total += chunk
          async with queue as q:
              await q.join()
          return total
      """),
    Program(name: "set_display_folding", source: """
      def check(x):
          if x in {1, 2, 3}:
              return {"a", "b", "c"}
          return {x, 1, 2}, {4.0, 5}, {1, 2, 3, x}
      """),
    Program(name: "generators", source: """
      def numbers(n):
          for i in range(n):
              received = yield i
              if received:
                  yield from received
          return n
      """),
    Program(name: "match_statement", source: """
      def f(command):
          match command.split():
              case ["go", direction] if direction:
                  return direction
              case ["take", *items] | ["get", *items]:
                  return items
              case {"x": x, **rest}:
                  return x, rest
              case Point(x=0, y=y):
                  return y
              case _:
                  return None
      """),
  ]

  @Test("disassembly matches the stored snapshot", arguments: programs)
  func snapshot(_ program: Program) throws {
    let code = try compileSource(program.source, filename: "<\(program.name)>")
    let lines = program.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let text = CodeSummary.describe(code) + "\n" + Disassembler.disassemble(code, sourceLines: lines)
    Snapshot.assertMatches(text, named: program.name)
  }

  @Test("every stored snapshot belongs to a program")
  func noStaleSnapshots() throws {
    let names = Set(Self.programs.map { $0.name + ".txt" })
    let stored = (try? FileManager.default.contentsOfDirectory(atPath: Snapshot.directory.path)) ?? []
    #expect(!stored.isEmpty, "no snapshots in \(Snapshot.directory.path)")
    for file in stored where file.hasSuffix(".txt") {
      #expect(names.contains(file), "stale snapshot \(file): no program of that name")
    }
  }

  @Test("disassembly is deterministic")
  func deterministic() throws {
    for program in Self.programs {
      let a = Disassembler.disassemble(try compileSource(program.source, filename: "<a>"))
      let b = Disassembler.disassemble(try compileSource(program.source, filename: "<a>"))
      #expect(a == b, "\(program.name) disassembles differently on a second compile")
    }
  }
}
