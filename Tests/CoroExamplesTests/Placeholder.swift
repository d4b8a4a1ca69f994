import XCTest
final class CoroExamplesTestsPlaceholder: XCTestCase { func testNothing() {} }
