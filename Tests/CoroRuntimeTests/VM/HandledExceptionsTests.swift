import Testing

@testable import CoroRuntime

/// The exc_info stack the VM keeps (HandledExceptions.swift): never empty,
/// innermost entry last, nil entries skipped by `innermostException` as
/// `sys.exc_info()` skips them.
struct HandledExceptionsTests {
  @Test("starts with one empty entry, and popping the last entry leaves nil in its place")
  func bottomEntryStays() {
    var stack = HandledExceptions()
    defer { stack.deallocate() }
    #expect(stack.count == 1)
    #expect(stack.top == nil)
    let e = PyException.valueError("x")
    stack.top = e
    #expect(stack.pop() === e)
    #expect(stack.count == 1)
    #expect(stack.top == nil)
  }

  @Test("push and pop are last in, first out, across growth of the buffer")
  func lastInFirstOut() {
    var stack = HandledExceptions()
    defer { stack.deallocate() }
    let exceptions = (0..<40).map { PyException.valueError("e\($0)") }
    for (i, e) in exceptions.enumerated() { stack.push(i % 3 == 0 ? nil : e) }
    #expect(stack.count == 41)
    for (i, e) in exceptions.enumerated().reversed() {
      let popped = stack.pop()
      if i % 3 == 0 { #expect(popped == nil) } else { #expect(popped === e) }
    }
    #expect(stack.count == 1)
  }

  @Test("the innermost exception skips entries without one")
  func innermostSkipsNil() {
    var stack = HandledExceptions()
    defer { stack.deallocate() }
    #expect(stack.innermostException == nil)
    let outer = PyException.valueError("outer")
    stack.top = outer
    stack.push(nil)
    stack.push(nil)
    #expect(stack.innermostException === outer)
    let inner = PyException.typeError("inner")
    stack.top = inner
    #expect(stack.innermostException === inner)
  }
}
