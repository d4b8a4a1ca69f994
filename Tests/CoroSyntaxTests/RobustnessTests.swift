import Foundation
import XCTest

@testable import CoroSyntax

/// No input may crash or hang the lexer or parser: it returns a module or
/// throws a `SyntaxError`.
final class RobustnessTests: XCTestCase {
  /// Parses `source`, returning the error if there is one.
  @discardableResult
  func outcome(_ source: String) -> SyntaxError? {
    do {
      _ = try parseModule(source, filename: "<test>")
      return nil
    } catch {
      return error
    }
  }

  func testDeepUnaryMinus() {
    let error = outcome(String(repeating: "-", count: 100_000) + "1")
    XCTAssertEqual(error?.message, "maximum recursion depth exceeded during compilation")
  }

  func testModerateUnaryMinusIsAccepted() {
    XCTAssertNil(outcome(String(repeating: "-", count: 500) + "1"))
  }

  func testDeepNot() {
    XCTAssertNil(outcome(String(repeating: "not ", count: 500) + "x"))
    XCTAssertNotNil(outcome(String(repeating: "not ", count: 50_000) + "x"))
  }

  func testTooManyParentheses() {
    let error = outcome(String(repeating: "(", count: 300))
    XCTAssertEqual(error?.message, "too many nested parentheses")
    XCTAssertEqual(error?.location, SourceLocation(line: 1, column: 200))
    XCTAssertNil(
      outcome(String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199)))
  }

  func testThousandBrackets() {
    let error = outcome(String(repeating: "[", count: 1000))
    XCTAssertEqual(error?.message, "too many nested parentheses")
  }

  func testLongChains() {
    XCTAssertNotNil(outcome("1" + String(repeating: "+1", count: 100_000)))
    XCTAssertNotNil(outcome("a" + String(repeating: ".b", count: 100_000)))
    XCTAssertNotNil(outcome("f" + String(repeating: "()", count: 50_000)))
    XCTAssertNotNil(outcome("2" + String(repeating: "**2", count: 100_000)))
    XCTAssertNil(outcome("1" + String(repeating: "+1", count: 500)))
    XCTAssertNil(outcome("x = " + String(repeating: "1 and ", count: 50_000) + "1"))
  }

  func testDeepRecursiveForms() {
    XCTAssertNil(outcome(String(repeating: "lambda: ", count: 500) + "1"))
    XCTAssertNotNil(outcome(String(repeating: "lambda: ", count: 20_000) + "1"))
    XCTAssertNil(outcome(String(repeating: "1 if 1 else ", count: 500) + "1"))
    XCTAssertNotNil(outcome(String(repeating: "1 if 1 else ", count: 20_000) + "1"))
    XCTAssertNotNil(outcome(String(repeating: "await ", count: 1000) + "x"))
  }

  func testNestedChainsInParentheses() {
    // Each level adds a chain of attribute accesses to the one inside it.
    var source = "a"
    for _ in 0..<150 { source = "(" + source + ")" + String(repeating: ".b", count: 50) }
    XCTAssertNotNil(outcome(source))
  }

  func testHugeIndentationAndNumbers() {
    XCTAssertNil(outcome("if x:\n" + String(repeating: " ", count: 1_000_000) + "pass\n"))
    XCTAssertNil(outcome("x = " + String(repeating: "9", count: 10_000)))
    XCTAssertNil(outcome("x = 1e" + String(repeating: "9", count: 1000)))
    XCTAssertNil(outcome("x = 0x" + String(repeating: "f", count: 10_000)))
  }

  func testManyStatements() {
    let source = String(repeating: "x = [1, 2, {'a': f(y, z=3)}]\n", count: 20_000)
    XCTAssertNil(outcome(source))
  }

  func testConcurrentParsesAgree() {
    let source = PrefixRobustnessTests.programs[0]
    guard let expected = try? parseModule(source, filename: "<a>") else {
      return XCTFail("the program should parse")
    }
    let results = ResultBox(count: 8)
    DispatchQueue.concurrentPerform(iterations: 8) { index in
      results.set(index, try? parseModule(source, filename: "<b>"))
    }
    for index in 0..<8 { XCTAssertEqual(results.get(index), expected) }
  }

  func testLongElifChain() {
    var source = "if a:\n    pass\n"
    for _ in 0..<300 { source += "elif b:\n    pass\n" }
    XCTAssertNil(outcome(source))
  }
}

/// Every prefix of realistic programs, and random garbage, must give a
/// module or a `SyntaxError`, quickly.
final class PrefixRobustnessTests: XCTestCase {
  static let programs = [
    """
    import sys
    from os.path import (join as j,
                         exists)


    @decorator(arg=1)
    class Stack(Base, metaclass=Meta):
        \"\"\"A stack with a docstring.\"\"\"

        items: list[int] = []

        def __init__(self, *items, limit=10, **options):
            self.items = [x for x in items if x is not None]
            self.limit = limit

        async def pop(self, /, index=-1, *, default=None) -> int:
            try:
                return self.items.pop(index)
            except (IndexError, KeyError) as error:
                raise ValueError(f"empty: {error!r:>{self.limit}}") from error
            finally:
                await self.flush()

        def __repr__(self):
            return f'{type(self).__name__}({", ".join(map(repr, self.items))})'


    def main(argv=sys.argv):
        total = 0
        for i, arg in enumerate(argv[1:], start=1):
            if (n := len(arg)) > 3 and not arg.startswith('-'):
                total += n ** 2 // 3 % 7
            elif arg == '--':
                continue
            else:
                break
        while total > 0:
            total -= 1 if total % 2 else 2
        with open('f') as f, open('g') as g:
            data = {k: v for k, v in zip(f, g)}
        del data['x'], data[0:2]
        assert total == 0, "total"
        lam = lambda a, b=2, *c, d, **e: (a, b, c, d, e)
        return {**data, 'n': [*range(3)], 's': {1, 2}}, (yield), b'\\x00' rb'\\d'


    if __name__ == '__main__':
        sys.exit(main())
    """,
    """
    x = 1; y = 2
    if x:
    \tpass
    s = '''multi
    line''' "adjacent" f"{x=}" f'{y:{x}}' '\\N{BULLET}'
    nums = [0x1F, 0o17, 0b101, 1_000, 1e-3, .5, 5., 2j, 10**100]
    result = (a if b else c) @ d << e >> f & g | h ^ ~i
    try:
        pass
    except* E:
        pass
    global gg
    nonlocal_ = [i async for i in aiter() if await i]
    x = \\
        3
    """,
    // Some invalid programs: errors early and late.
    "def f(:\n    pass\nx = [1, 2\n",
    "if x\n    y = (\"abc\n    z = 'unterminated\n",
    "class A:\n\tdef f(self):\n        return 1\n  x = f'{a b}'\n",
  ]

  func check(_ source: String, file: StaticString = #filePath, line: UInt = #line) {
    do {
      _ = try parseModule(source, filename: "<prefix>")
    } catch {
      XCTAssertFalse(error.message.isEmpty, file: file, line: line)
      XCTAssertGreaterThanOrEqual(error.location.line, 1, file: file, line: line)
      XCTAssertGreaterThanOrEqual(error.location.column, 0, file: file, line: line)
    }
  }

  func testEveryPrefix() {
    var count = 0
    for program in Self.programs {
      let characters = Array(program)
      for end in 0...characters.count {
        check(String(characters[0..<end]))
        count += 1
      }
    }
    XCTAssertGreaterThan(count, 1500)
  }

  func testEverySuffix() {
    for program in Self.programs {
      let characters = Array(program)
      for start in stride(from: 0, to: characters.count, by: 3) {
        check(String(characters[start...]))
      }
    }
  }

  func testRandomGarbage() {
    var generator = SplitMix64(seed: 0xC0FFEE)
    let alphabet = Array(
      " \t\n\\'\"#()[]{}:;,.=+-*/%@&|^~<>!?$`0123456789abcdefxjoeEFJ_" + "éü日\u{0C}\r")
    for round in 0..<3000 {
      let length = Int(generator.next() % 80)
      var text = ""
      for _ in 0..<length {
        text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
      }
      if round % 10 == 0 {
        // Raw bytes, decoded as a String with replacement characters.
        let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        text = String(decoding: bytes, as: UTF8.self)
      }
      check(text)
    }
  }

  func testRandomTokenSoup() {
    var generator = SplitMix64(seed: 42)
    let pieces = [
      "x", "1", "'s'", "f'{x}'", "(", ")", "[", "]", "{", "}", ":", ",", "=", "+", "*", "**", "not",
      "lambda", "if", "else", "for", "in", "async", "await", "yield", "def", "class", "return",
      "\n",
      "    ", ";", ".", "@", ":=", "->", "...", "try", "except", "finally", "with", "as", "import",
      "from", "del", "global", "*", "/", "\\\n", "#c\n", "\t",
    ]
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int(generator.next() % 30) {
        text += pieces[Int(generator.next() % UInt64(pieces.count))] + " "
      }
      check(text)
    }
  }
}

/// A small deterministic random number generator for the garbage tests.
struct SplitMix64 {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Collects results from concurrent parses.
final class ResultBox: @unchecked Sendable {
  private var values: [Module?]
  private let lock = NSLock()

  init(count: Int) { values = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Module?) {
    lock.lock()
    values[index] = value
    lock.unlock()
  }

  func get(_ index: Int) -> Module? {
    lock.lock()
    defer { lock.unlock() }
    return values[index]
  }
}
