import Foundation
import XCTest

@testable import CoroSyntax

/// Compares Coro's parser with CPython 3.11 over the snippet corpora in
/// Fixtures/; the expectations there were produced by make_fixtures.py
/// running CPython.
final class FixtureTests: XCTestCase {
  struct ASTCase: Decodable {
    var name: String
    var source: String
    var dump: String
  }

  struct ErrorCase: Decodable {
    var name: String
    var source: String
    var kind: String
    var message: String
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    var eof: Bool
  }

  struct PrefixFixture: Decodable {
    struct Program: Decodable {
      var name: String
      var source: String
    }
    var programs: [Program]
    /// (program index, prefix length in scalars, "ok" or the error).
    var cases: [[PrefixValue]]
  }

  enum PrefixValue: Decodable {
    case number(Int)
    case text(String)

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let number = try? container.decode(Int.self) {
        self = .number(number)
      } else {
        self = .text(try container.decode(String.self))
      }
    }
  }

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
    let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
    return try JSONDecoder().decode(T.self, from: data)
  }

  func testTreesMatchCPython() throws {
    let cases = try load("ast_expected.json", as: [ASTCase].self)
    XCTAssertGreaterThan(cases.count, 100)
    var failures = 0
    for testCase in cases {
      let dump: String
      do {
        dump = ASTDump.module(try parseModule(testCase.source, filename: "<test>"))
      } catch {
        failures += 1
        XCTFail(
          "\(testCase.name): unexpected \(error.kind.rawValue): \(error.message) at \(error.location)"
        )
        continue
      }
      if dump != testCase.dump {
        failures += 1
        XCTFail("\(testCase.name):\n  coro:    \(dump)\n  cpython: \(testCase.dump)")
      }
    }
    if failures > 0 { print("AST fixture failures: \(failures) of \(cases.count)") }
  }

  /// Every prefix of some programs, cut after each character, gives the
  /// same error (or none) as CPython.
  func testEveryPrefixMatchesCPython() throws {
    let fixture = try load("prefix_expected.json", as: PrefixFixture.self)
    let programs = fixture.programs.map { Array($0.source.unicodeScalars) }
    XCTAssertGreaterThan(fixture.cases.count, 1000)
    var failures = 0
    for entry in fixture.cases {
      guard entry.count == 3, case .number(let program) = entry[0],
        case .number(let end) = entry[1],
        case .text(let want) = entry[2], program < programs.count, end <= programs[program].count
      else {
        XCTFail("malformed prefix fixture entry")
        continue
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: programs[program][0..<end])
      let source = String(view)
      let got: String
      do {
        _ = try parseModule(source, filename: "<prefix>")
        got = "ok"
      } catch {
        got = describe(error)
      }
      if got != want {
        failures += 1
        if failures <= 20 {
          XCTFail(
            "\(fixture.programs[program].name) cut at \(end):\n  coro:    \(got)\n  cpython: \(want)"
          )
        }
      }
    }
    XCTAssertEqual(failures, 0)
  }

  func describe(_ error: SyntaxError) -> String {
    "\(error.kind.rawValue): \(error.message) at \(error.location.line):\(error.location.column)"
      + "-\(error.endLocation.line):\(error.endLocation.column) eof=\(error.isUnexpectedEOF)"
  }

  func testErrorsMatchCPython() throws {
    let cases = try load("error_expected.json", as: [ErrorCase].self)
    XCTAssertGreaterThan(cases.count, 100)
    var failures = 0
    for testCase in cases {
      do {
        _ = try parseModule(testCase.source, filename: "<test>")
        failures += 1
        XCTFail("\(testCase.name): parsed, but CPython says \(testCase.message)")
      } catch {
        let got = describe(error)
        let want =
          "\(testCase.kind): \(testCase.message) at \(testCase.line):\(testCase.column)"
          + "-\(testCase.endLine):\(testCase.endColumn) eof=\(testCase.eof)"
        if got != want {
          failures += 1
          XCTFail("\(testCase.name):\n  coro:    \(got)\n  cpython: \(want)")
        }
      }
    }
    if failures > 0 { print("Error fixture failures: \(failures) of \(cases.count)") }
  }
}
