@testable import CoroRuntime
import XCTest

/// repr(float) against CPython (Fixtures/float_repr.txt).
final class FloatReprTests: XCTestCase {
  func testReprMatchesCPython() throws {
    let fixture = try FormattingFixture("float_repr.txt")
    let log = FormattingMismatchLog("repr(float)")
    for row in fixture.rows {
      let x = fixtureDouble(row[0])
      log.check(FloatRepr.repr(x), row[1], "repr(\(row[0]))")
    }
    log.finish()
  }

  func testHandPicked() {
    XCTAssertEqual(FloatRepr.repr(1e16), "1e+16")
    XCTAssertEqual(FloatRepr.repr(1e-5), "1e-05")
    XCTAssertEqual(FloatRepr.repr(100.0), "100.0")
    XCTAssertEqual(FloatRepr.repr(-0.0), "-0.0")
    XCTAssertEqual(FloatRepr.repr(0.1 + 0.2), "0.30000000000000004")
    XCTAssertEqual(FloatRepr.repr(.nan), "nan")
    XCTAssertEqual(FloatRepr.repr(-.infinity), "-inf")
  }
}
