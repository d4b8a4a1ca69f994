@testable import CoroRuntime
import XCTest

/// float(text) against CPython (Fixtures/float_parse.txt).
final class FloatParserTests: XCTestCase {
  func testFloatParseMatchesCPython() throws {
    let fixture = try FormattingFixture("float_parse.txt")
    let log = FormattingMismatchLog("float(str)")
    for row in fixture.rows {
      let actual = fixtureOutcome { fixtureHex(try FloatParser.parse(row[0])) }
      log.check(actual, row[1], "float(\(StringRepr.repr(row[0])))")
    }
    log.finish()
  }
}
