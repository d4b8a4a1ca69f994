@testable import CoroRuntime
import BigInt
import XCTest

/// hash() of ints, floats and tuples against CPython (Fixtures/hash.txt).
final class NumericHashTests: XCTestCase {
  /// Hashes an encoded tuple item, advancing `index`.
  private func hashItem(_ s: [Character], _ index: inout Int) -> Int {
    if s[index] == "(" {
      index += 1
      var hashes: [Int] = []
      while s[index] != ")" {
        hashes.append(hashItem(s, &index))
        if s[index] == "," { index += 1 }
      }
      index += 1
      return NumericHash.hashTuple(hashes)
    }
    let kind = s[index]
    index += 1
    let start = index
    while index < s.count && s[index] != "," && s[index] != ")" { index += 1 }
    let text = String(s[start..<index])
    if kind == "f" { return NumericHash.hash(fixtureDouble(text)) }
    return NumericHash.hash(BigInt(text, radix: 16) ?? 0)
  }

  func testHashesMatchCPython() throws {
    let fixture = try FormattingFixture("hash.txt")
    let log = FormattingMismatchLog("hash()")
    for row in fixture.rows {
      let (kind, value, expected) = (row[0], row[1], row[2])
      let actual: Int
      switch kind {
      case "int":
        let big = BigInt(value, radix: 16) ?? 0
        actual = NumericHash.hash(big)
        if let small = Int(exactly: big) { XCTAssertEqual(NumericHash.hash(small), actual) }
      case "float":
        actual = NumericHash.hash(fixtureDouble(value))
      default:
        var index = 0
        actual = hashItem(Array(value), &index)
      }
      log.check(String(actual), expected, "hash(\(kind) \(value.prefix(60)))")
    }
    log.finish()
  }

  func testSpecialValues() {
    XCTAssertEqual(NumericHash.hash(-1), -2)
    XCTAssertEqual(NumericHash.hash(1.0), NumericHash.hash(1))
    XCTAssertEqual(NumericHash.hash(Double.infinity), 314_159)
    XCTAssertEqual(NumericHash.hash(-Double.infinity), -314_159)
    // A NaN hashes its identity, like _Py_HashPointer.
    XCTAssertEqual(NumericHash.hash(Double.nan, nanIdentity: 0x7f00_0000_1230), 0x7f00_0000_123)
    XCTAssertEqual(NumericHash.hashTuple([]), 5_740_354_900_026_072_187)
  }
}
