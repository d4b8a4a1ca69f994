/// The arguments of a call to a Swift-implemented function: positional
/// values, then keyword values named by `keywordNames`, all in one buffer
/// that usually points into the caller's value stack (no allocation).
struct Args {
  let values: UnsafeBufferPointer<Value>
  /// Names of the last `keywordNames.count` values, or nil.
  let keywordNames: PyTuple?

  init(_ values: UnsafeBufferPointer<Value>, keywordNames: PyTuple? = nil) {
    self.values = values
    self.keywordNames = keywordNames
  }

  /// Number of positional arguments.
  @inline(__always)
  var count: Int { values.count - (keywordNames?.items.count ?? 0) }

  var keywordCount: Int { keywordNames?.items.count ?? 0 }

  var isEmpty: Bool { values.isEmpty }

  @inline(__always)
  subscript(i: Int) -> Value { values[i] }

  /// The positional arguments as an array.
  var positional: [Value] { Array(values[0..<count]) }

  /// The keyword argument `name`, if given.
  func keyword(_ name: String) -> Value? {
    guard let names = keywordNames else { return nil }
    let base = count
    for (i, n) in names.items.enumerated() {
      if let s = n.asStr, s.value == name { return values[base + i] }
    }
    return nil
  }

  /// The keyword arguments in order.
  var keywords: [(String, Value)] {
    guard let names = keywordNames else { return [] }
    let base = count
    return names.items.enumerated().map { (i, n) in (n.asStr?.value ?? "", values[base + i]) }
  }

  /// Calls `body` with arguments made from an array (for calls from Swift).
  static func with<R>(_ values: [Value], keywordNames: PyTuple? = nil, _ body: (Args) throws(PyException) -> R) throws(PyException) -> R {
    try values.withUnsafeBufferPointer { (buf: UnsafeBufferPointer<Value>) throws(PyException) -> R in
      try body(Args(buf, keywordNames: keywordNames))
    }
  }
}
