/// CPython's `exc_info` stack: the exception each active handler is
/// handling, innermost last; `nil` entries mean "no exception at that
/// level" and are skipped by `sys.exc_info()`. A generator pushes its own
/// saved entry every time it resumes and pops it when it yields, so pushing
/// and popping sit on the generator hot path: a plain growable buffer
/// instead of an Array (whose append and popLast are uniqueness checks and
/// calls that are not inlined). There is always at least one entry.
struct HandledExceptions {
  private var base: UnsafeMutablePointer<PyException?>
  private(set) var count: Int
  private var capacity: Int

  init() {
    capacity = 16
    base = .allocate(capacity: capacity)
    base.initialize(to: nil)
    count = 1
  }

  /// The innermost entry.
  var top: PyException? {
    @inline(__always) get { base[count &- 1] }
    @inline(__always) set { base[count &- 1] = newValue }
  }

  @inline(__always)
  mutating func push(_ e: PyException?) {
    if count == capacity { grow() }
    (base + count).initialize(to: e)
    count &+= 1
  }

  /// Removes and returns the innermost entry; the bottom entry stays (it is
  /// replaced by nil instead), so the stack is never empty.
  @inline(__always)
  mutating func pop() -> PyException? {
    if count == 1 {
      let e = base[0]
      base[0] = nil
      return e
    }
    count &-= 1
    return (base + count).move()
  }

  /// The innermost entry that holds an exception.
  var innermostException: PyException? {
    var i = count &- 1
    while i >= 0 {
      if let e = base[i] { return e }
      i &-= 1
    }
    return nil
  }

  private mutating func grow() {
    let newCapacity = capacity * 2
    let newBase = UnsafeMutablePointer<PyException?>.allocate(capacity: newCapacity)
    newBase.moveInitialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Frees the buffer (the owning VM is going away).
  mutating func deallocate() {
    base.deinitialize(count: count)
    base.deallocate()
    count = 0
  }
}
