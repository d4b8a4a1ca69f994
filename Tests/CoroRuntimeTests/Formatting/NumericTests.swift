@testable import CoroRuntime
import BigInt
import XCTest

/// round(), int/float conversions, int true division, int-float comparison and
/// float arithmetic against CPython (Fixtures/numeric.txt).
final class NumericTests: XCTestCase {
  private func int(_ hex: String) -> BigInt { BigInt(hex, radix: 16) ?? 0 }

  private func hex(_ v: BigInt) -> String {
    let digits = String(v.magnitude, radix: 16)
    return v.sign == .minus && !v.isZero ? "-" + digits : digits
  }

  private func symbol(_ order: NumericOrder) -> String {
    switch order {
    case .less: return "<"
    case .equal: return "="
    case .greater: return ">"
    case .unordered: return "u"
    }
  }

  private func run(_ row: [String]) -> String {
    let op = row[0]
    return fixtureOutcome {
      switch op {
      case "round0":
        return hex(try NumericRounding.round(fixtureDouble(row[1])).bigInt)
      case "round":
        let x = fixtureDouble(row[1])
        return fixtureHex(try NumericRounding.round(x, ndigits: Int(row[2]) ?? 0))
      case "iround":
        let v = int(row[1])
        let n = Int(row[2]) ?? 0
        let big = NumericRounding.round(v, ndigits: n)
        if let small = Int(exactly: v) {
          XCTAssertEqual(NumericRounding.round(small, ndigits: n).bigInt, big)
        }
        return hex(big)
      case "tofloat":
        return fixtureHex(try IntFloat.toDouble(int(row[1])))
      case "toint":
        return hex(try IntFloat.toBigInt(fixtureDouble(row[1])))
      case "div":
        let (a, b) = (int(row[1]), int(row[2]))
        let q = try IntFloat.trueDivide(a, b)
        if let sa = Int(exactly: a), let sb = Int(exactly: b) {
          XCTAssertEqual(fixtureHex(try IntFloat.trueDivide(sa, sb)), fixtureHex(q))
        }
        return fixtureHex(q)
      case "cmp":
        let (a, x) = (int(row[1]), fixtureDouble(row[2]))
        if let small = Int(exactly: a) {
          XCTAssertEqual(IntFloat.compare(small, x), IntFloat.compare(a, x))
        }
        return symbol(IntFloat.compare(a, x))
      case "mod":
        let (x, y) = (fixtureDouble(row[1]), fixtureDouble(row[2]))
        return fixtureHex(try FloatArithmetic.remainder(x, y))
      case "fdiv":
        return fixtureHex(
          try FloatArithmetic.floorDivide(fixtureDouble(row[1]), fixtureDouble(row[2])))
      case "divmod":
        let r = try FloatArithmetic.divmod(fixtureDouble(row[1]), fixtureDouble(row[2]))
        return fixtureHex(r.quotient) + "," + fixtureHex(r.remainder)
      case "fdivide":
        return fixtureHex(try FloatArithmetic.divide(fixtureDouble(row[1]), fixtureDouble(row[2])))
      case "pow":
        switch try FloatArithmetic.power(fixtureDouble(row[1]), fixtureDouble(row[2])) {
        case .real(let x): return fixtureHex(x)
        case .complex: return "complex"
        }
      case "ipow":
        return fixtureHex(try FloatArithmetic.power(int(row[1]), negativeExponent: int(row[2])))
      default:
        XCTFail("unknown op \(op)")
        return ""
      }
    }
  }

  func testNumericMatchesCPython() throws {
    let fixture = try FormattingFixture("numeric.txt")
    let log = FormattingMismatchLog("numeric helpers")
    for row in fixture.rows {
      log.check(run(row), row[row.count - 1], row.dropLast().joined(separator: " "))
    }
    log.finish()
  }

  func testHandPicked() throws {
    XCTAssertEqual(try NumericRounding.round(2.675, ndigits: 2), 2.67)
    XCTAssertEqual(try NumericRounding.round(0.5), .small(0))
    XCTAssertEqual(try NumericRounding.round(2.5), .small(2))
    XCTAssertEqual(NumericRounding.round(25, ndigits: -1), .small(20))
    XCTAssertEqual(IntFloat.compare(BigInt(1) << 53 + 1, 9007199254740992.0), .greater)
    XCTAssertEqual(try IntFloat.trueDivide(0, -5).sign, .minus)
  }
}
