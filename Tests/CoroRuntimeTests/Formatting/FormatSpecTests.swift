@testable import CoroRuntime
import XCTest

/// format(value, spec) for int, float and str against CPython
/// (Fixtures/format_spec.txt).
final class FormatSpecTests: XCTestCase {
  func testFormatMatchesCPython() throws {
    let fixture = try FormattingFixture("format_spec.txt")
    let log = FormattingMismatchLog("format()")
    for row in fixture.rows {
      let (kind, value, spec, expected) = (row[0], row[1], row[2], row[3])
      let actual = fixtureOutcome {
        switch kind {
        case "i":
          let big = fixtureBigInt(value)
          if let small = Int(exactly: big) {
            // Both paths must agree with CPython.
            let viaBig = fixtureOutcome { try SpecFormatter.format(big, spec: spec) }
            let viaSmall = fixtureOutcome { try SpecFormatter.format(small, spec: spec) }
            XCTAssertEqual(viaBig, viaSmall, "Int and BigInt paths for \(value) '\(spec)'")
            return try SpecFormatter.format(small, spec: spec)
          }
          return try SpecFormatter.format(big, spec: spec)
        case "f":
          return try SpecFormatter.format(fixtureDouble(value), spec: spec)
        default:
          return try SpecFormatter.format(value, spec: spec)
        }
      }
      log.check(actual, expected, "format(\(kind) \(value), '\(spec)')")
    }
    log.finish()
  }

  func testHugeWidthIsAnErrorNotACrash() {
    XCTAssertThrowsError(try SpecFormatter.format(1, spec: "99999999999999999999")) { error in
      XCTAssertEqual(
        error as? FormatError, .valueError("Too many decimal digits in format string"))
    }
    XCTAssertThrowsError(try SpecFormatter.format(1.5, spec: "9999999999999")) { error in
      XCTAssertEqual(error as? FormatError, FormatError.memoryError)
    }
  }

  func testParsedSpecIsReusable() throws {
    let spec = try FormatSpec.forFloat(".2f")
    XCTAssertEqual(try SpecFormatter.format(3.14159, spec: spec), "3.14")
    XCTAssertEqual(try SpecFormatter.format(2.675, spec: spec), "2.67")
  }
}
