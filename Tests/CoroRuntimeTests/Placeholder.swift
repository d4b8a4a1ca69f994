import XCTest
final class CoroRuntimeTestsPlaceholder: XCTestCase { func testNothing() {} }
