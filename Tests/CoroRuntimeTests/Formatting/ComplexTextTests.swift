@testable import CoroRuntime
import XCTest

/// complex repr, hash, arithmetic, parsing and format against values
/// python3 3.11 printed.
final class ComplexTextTests: XCTestCase {
  private func c(_ real: Double, _ imag: Double) -> ComplexValue { ComplexValue(real, imag) }

  private func repr(_ z: ComplexValue) -> String { ComplexMath.repr(z) }

  func testRepr() {
    XCTAssertEqual(repr(c(1, 2)), "(1+2j)")
    XCTAssertEqual(repr(c(0, 2)), "2j")
    XCTAssertEqual(repr(c(0, -2)), "-2j")
    XCTAssertEqual(repr(c(-0.0, -2)), "(-0-2j)")
    XCTAssertEqual(repr(c(1, -0.0)), "(1-0j)")
    XCTAssertEqual(repr(c(0, 0)), "0j")
    XCTAssertEqual(repr(c(.nan, .infinity)), "(nan+infj)")
    XCTAssertEqual(repr(c(-.nan, -.nan)), "(nan+nanj)")
    XCTAssertEqual(repr(c(1.5, 2.25)), "(1.5+2.25j)")
    XCTAssertEqual(repr(c(0, 1e16)), "1e+16j")
    XCTAssertEqual(repr(c(0, 1e15)), "1000000000000000j")
    XCTAssertEqual(repr(c(1, 1e-7)), "(1+1e-07j)")
  }

  func testHashMatchesCPython() {
    XCTAssertEqual(ComplexMath.hash(c(1, 0), identity: 0), NumericHash.hash(1))
    XCTAssertEqual(ComplexMath.hash(c(1, 2), identity: 0), 2_000_007)
    XCTAssertEqual(ComplexMath.hash(c(0, -1), identity: 0), -2_000_006)
    XCTAssertEqual(ComplexMath.hash(c(-1.5, 2.25), identity: 0), 576_460_752_305_423_493)
    XCTAssertEqual(ComplexMath.hash(c(0, -0.0), identity: 0), 0)
  }

  func testArithmetic() throws {
    XCTAssertEqual(repr(try ComplexMath.quotient(c(1, 2), c(3, -4))), "(-0.2+0.4j)")
    XCTAssertEqual(repr(try ComplexMath.quotient(c(1e300, 1e300), c(1e-300, 1e300))), "(1-1j)")
    XCTAssertThrowsError(try ComplexMath.quotient(c(1, 0), c(0, 0)))
    XCTAssertEqual(repr(try ComplexMath.power(c(1, 2), c(10, 0))), "(237-3116j)")
    XCTAssertEqual(repr(try ComplexMath.power(c(1, 2), c(-3, 0))), "(-0.08800000000000001+0.016j)")
    XCTAssertEqual(repr(try ComplexMath.power(c(1, 2), c(0.5, 0))), "(1.272019649514069+0.7861513777574233j)")
    XCTAssertEqual(repr(try ComplexMath.power(c(0, 1), c(0, 1))), "(0.20787957635076193+0j)")
    XCTAssertThrowsError(try ComplexMath.power(c(0, 0), c(-1, 0)))
    XCTAssertThrowsError(try ComplexMath.power(c(10, 10), c(400, 0)))
    XCTAssertNil(ComplexMath.magnitude(c(1.5e308, 1.5e308)))
    XCTAssertEqual(ComplexMath.magnitude(c(3, 4)), 5)
  }

  func testParse() throws {
    XCTAssertEqual(repr(try ComplexText.parse("1+2j")), "(1+2j)")
    XCTAssertEqual(repr(try ComplexText.parse(" ( 1e3-2.5J ) ")), "(1000-2.5j)")
    XCTAssertEqual(repr(try ComplexText.parse("-j")), "-1j")
    XCTAssertEqual(repr(try ComplexText.parse("1_0j")), "10j")
    XCTAssertEqual(repr(try ComplexText.parse("inf-nanj")), "(inf+nanj)")
    for bad in ["", "x", "1+", "1ej", "(1+2j", "1 +2j", "1+2jj", "()"] {
      XCTAssertThrowsError(try ComplexText.parse(bad), bad) { error in
        XCTAssertEqual((error as? FormatError)?.message, "complex() arg is a malformed string")
      }
    }
    XCTAssertThrowsError(try ComplexText.parse("1__0j")) { error in
      XCTAssertEqual((error as? FormatError)?.message, "could not convert string to complex: '1__0j'")
    }
  }

  func testFormat() throws {
    XCTAssertEqual(try ComplexText.format(c(1, 2), spec: ".2f"), "1.00+2.00j")
    XCTAssertEqual(try ComplexText.format(c(1, 2), spec: ">20"), "              (1+2j)")
    XCTAssertEqual(try ComplexText.format(c(0, 1), spec: "g"), "0+1j")
    XCTAssertEqual(try ComplexText.format(c(1234.5, -0.001), spec: ",.2e"), "1.23e+03-1.00e-03j")
    XCTAssertEqual(try ComplexText.format(c(-0.0, 2), spec: "^12"), "  (-0+2j)   ")
    XCTAssertEqual(try ComplexText.format(c(1, 2), spec: "+g"), "+1+2j")
    XCTAssertThrowsError(try ComplexText.format(c(0, 1), spec: "010"))
    XCTAssertThrowsError(try ComplexText.format(c(0, 1), spec: "d")) { error in
      XCTAssertEqual(
        (error as? FormatError)?.message, "Unknown format code 'd' for object of type 'complex'")
    }
  }
}
