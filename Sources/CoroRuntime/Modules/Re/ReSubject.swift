/// The text a pattern runs over: a str's code points or a bytes object's
/// bytes, as one array of code units, with the original object for
/// `Match.string` and for slicing out groups.
struct ReSubject {
  let value: Value
  let units: [UInt32]
  let str: PyStr?
  let bytes: PyBytes?

  var isBytes: Bool { bytes != nil }
  var count: Int { units.count }

  /// The subject for `value`, or nil when it is neither str nor bytes.
  init?(_ value: Value) {
    guard let units = ReSubject.units(of: value) else { return nil }
    self.value = value
    self.units = units
    str = value.asStr
    bytes = value.as(PyBytes.self)
  }

  /// A subject made of `text` (for templates and tests).
  init(text: String) {
    let s = PyStr(text)
    self.init(str: s)
  }

  private init(str s: PyStr) {
    value = .object(s)
    units = ReSubject.units(of: s)
    str = s
    bytes = nil
  }

  /// The code points of a str, or the bytes of a bytes object.
  static func units(of value: Value) -> [UInt32]? {
    if let s = value.asStr { return units(of: s) }
    if let b = value.as(PyBytes.self) { return b.bytes.map { UInt32($0) } }
    return nil
  }

  static func units(of s: PyStr) -> [UInt32] {
    if s.isASCII { return s.value.utf8.map { UInt32($0) } }
    return s.scalars.map { $0.value }
  }

  /// The text of units `start..<end`, as a str or bytes.
  func slice(_ start: Int, _ end: Int) -> Value {
    if let b = bytes { return .object(PyBytes(Array(b.bytes[start..<end]))) }
    if let s = str {
      if start == 0 && end == units.count && s.subclassState == nil { return value }
      return .str(s.substring(start..<end))
    }
    return .none
  }

  /// An empty str or bytes, matching the subject's kind.
  var empty: Value { isBytes ? .object(PyBytes([])) : .str("") }

  /// The str or bytes made of `units` (a subject's kind).
  static func make(_ units: [UInt32], bytes: Bool) -> Value {
    if bytes { return .object(PyBytes(units.map { UInt8(truncatingIfNeeded: $0) })) }
    var view = String.UnicodeScalarView()
    for u in units { view.append(Unicode.Scalar(u) ?? "\u{FFFD}") }
    return .str(String(view))
  }

  /// The error for a subject that is neither str nor bytes.
  static func typeError(_ v: Value) -> PyException {
    PyException.typeError("expected string or bytes-like object, got '\(v.typeName)'")
  }
}
