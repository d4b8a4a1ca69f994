@testable import CoroRuntime
import BigInt
import XCTest

/// str/bin/oct/hex of ints and int(text, base) against CPython
/// (Fixtures/int_text.txt).
final class IntegerTextTests: XCTestCase {
  private func hex(_ v: IntOrBigInt) -> String {
    let big = v.bigInt
    let digits = String(big.magnitude, radix: 16)
    return big.sign == .minus && !big.isZero ? "-" + digits : digits
  }

  func testIntegerTextMatchesCPython() throws {
    let fixture = try FormattingFixture("int_text.txt")
    let log = FormattingMismatchLog("int text")
    for row in fixture.rows {
      let op = row[0]
      if op == "parse" {
        let (text, base, expected) = (row[1], Int(row[2]) ?? 10, row[3])
        let actual = fixtureOutcome { hex(try IntegerParser.parse(text, base: base)) }
        log.check(actual, expected, "int(\(StringRepr.repr(text)), \(base))")
        // An Int result must come back as .small.
        if case .big(let v)? = try? IntegerParser.parse(text, base: base) {
          XCTAssertNil(Int(exactly: v), "\(text) should be .small")
        }
        continue
      }
      let value = BigInt(row[1], radix: 16) ?? 0
      let expected = row[2]
      let small = Int(exactly: value)
      let actual = fixtureOutcome {
        switch op {
        case "str":
          if let small { XCTAssertEqual("=" + IntegerText.decimal(small), expected) }
          return try IntegerText.decimal(value)
        default:
          let base = op == "bin" ? 2 : op == "oct" ? 8 : 16
          if let small {
            XCTAssertEqual("=" + IntegerText.prefixed(small, base: base), expected)
          }
          return IntegerText.prefixed(value, base: base)
        }
      }
      log.check(actual, expected, "\(op)(0x\(row[1].prefix(40)))")
    }
    log.finish()
  }

  func testHugeValueFailsFastAndUnlimitedWorks() throws {
    let huge = BigInt(1) << 100_000
    XCTAssertThrowsError(try IntegerText.decimal(huge)) { error in
      XCTAssertEqual(error as? FormatError, IntegerText.toStringLimitError(4300))
    }
    let text = try IntegerText.decimal(huge, maxDigits: 0)
    XCTAssertEqual(text.count, 30_103)
    XCTAssertTrue(text.hasPrefix("9990020930143845079440327643300335909804291390541816917715292"))
    XCTAssertEqual(try IntegerParser.parse(text, maxStrDigits: 0), .big(huge))
  }

  func testFactorialSpeed() throws {
    var f = BigInt(1)
    for i in 1...1000 { f *= BigInt(i) }
    let start = Date()
    var total = 0
    for _ in 0..<200 { total += try IntegerText.decimal(f).utf8.count }
    XCTAssertEqual(total, 200 * 2568)
    XCTAssertLessThan(Date().timeIntervalSince(start), 5)
  }
}
