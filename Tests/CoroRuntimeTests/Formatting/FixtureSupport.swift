// Reads the CPython-generated fixtures in Fixtures/ (see fixturelib.py there
// for the format) and compares results.

@testable import CoroRuntime
import BigInt
import Foundation
import XCTest

/// One fixture file's cases, each a list of unescaped fields.
struct FormattingFixture {
  let name: String
  let rows: [[String]]

  /// Loads `Fixtures/<name>` next to this source file, or from the folder
  /// named by the environment variable CORO_FORMAT_FIXTURES (for stress runs
  /// with larger generated fixtures; see Fixtures/fixturelib.py).
  init(_ name: String, file: StaticString = #filePath) throws {
    self.name = name
    var folder = URL(fileURLWithPath: "\(file)")
      .deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
    if let override = ProcessInfo.processInfo.environment["CORO_FORMAT_FIXTURES"] {
      folder = URL(fileURLWithPath: override)
    }
    let url = folder.appendingPathComponent(name)
    let data = try Data(contentsOf: url)
    var rows: [[String]] = []
    for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
      rows.append(line.split(separator: 0x09, omittingEmptySubsequences: false).map {
        FormattingFixture.unescape(String(decoding: $0, as: UTF8.self))
      })
    }
    self.rows = rows
  }

  static func unescape(_ field: String) -> String {
    guard field.contains("\\") else { return field }
    var out = String.UnicodeScalarView()
    var it = field.unicodeScalars.makeIterator()
    while let c = it.next() {
      guard c == "\\", let next = it.next() else {
        out.append(c)
        continue
      }
      switch next {
      case "t": out.append("\t")
      case "n": out.append("\n")
      case "r": out.append("\r")
      case "u":
        _ = it.next()  // {
        var hex = ""
        while let h = it.next(), h != "}" { hex.unicodeScalars.append(h) }
        if let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) { out.append(s) }
      default: out.append(next)
      }
    }
    return String(out)
  }
}

/// Collects mismatches and reports the first few, so one failing area does
/// not flood the log.
final class FormattingMismatchLog {
  private(set) var count = 0
  private var shown: [String] = []
  let area: String
  var checked = 0

  init(_ area: String) { self.area = area }

  func check(_ actual: String, _ expected: String, _ context: @autoclosure () -> String) {
    checked += 1
    if actual != expected {
      count += 1
      if shown.count < 25 {
        shown.append("\(context())\n    got      \(actual)\n    expected \(expected)")
      }
    }
  }

  func finish(file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertGreaterThan(checked, 0, "\(area): no cases", file: file, line: line)
    print("\(area): \(checked - count) of \(checked) cases match CPython")
    if count > 0 {
      XCTFail(
        "\(area): \(count) of \(checked) cases differ from CPython:\n"
          + shown.joined(separator: "\n"), file: file, line: line)
    }
  }
}

/// `=value` or `!ExceptionName: message`, as the fixtures write outcomes.
func fixtureOutcome(_ body: () throws -> String) -> String {
  do {
    return "=" + (try body())
  } catch let error as FormatError {
    return "!" + error.exceptionName + ": " + error.message
  } catch {
    return "!Swift: \(error)"
  }
}

/// Parses a fixture float (float.hex() text).
func fixtureDouble(_ text: String) -> Double {
  if text == "nan" { return .nan }
  if text == "inf" { return .infinity }
  if text == "-inf" { return -.infinity }
  guard let value = Double(text) else {
    XCTFail("bad fixture float \(text)")
    return 0
  }
  return value
}

/// Parses a fixture int (decimal).
func fixtureBigInt(_ text: String) -> BigInt {
  guard let value = BigInt(text) else {
    XCTFail("bad fixture int \(text)")
    return 0
  }
  return value
}

/// float.hex() of a double, to compare floats exactly in fixtures.
func fixtureHex(_ x: Double) -> String {
  if x.isNaN { return "nan" }
  if x.isInfinite { return x < 0 ? "-inf" : "inf" }
  let sign = x.sign == .minus ? "-" : ""
  if x == 0 { return sign + "0x0.0p+0" }
  let significand = x.significandBitPattern
  var exponent = Int(x.exponent)
  var lead = 1
  if !x.isNormal {
    // Python writes subnormals as 0x0.xxxp-1022.
    lead = 0
    exponent = -1022
  }
  var hex = String(significand, radix: 16)
  hex = String(repeating: "0", count: 13 - hex.count) + hex
  let expSign = exponent < 0 ? "-" : "+"
  return "\(sign)0x\(lead).\(hex)p\(expSign)\(exponent.magnitude)"
}
