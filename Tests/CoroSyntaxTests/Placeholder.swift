import XCTest
final class CoroSyntaxTestsPlaceholder: XCTestCase { func testNothing() {} }
