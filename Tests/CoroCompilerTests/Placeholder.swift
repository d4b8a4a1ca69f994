import XCTest
final class CoroCompilerTestsPlaceholder: XCTestCase { func testNothing() {} }
