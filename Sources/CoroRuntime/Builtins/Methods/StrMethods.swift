/// The methods of `str`. Each family lives in its own `Str*.swift` file;
/// this file installs them all and holds the helpers they share (byte
/// access, building results, CPython's argument conversions).
extension BuiltinTypes {
  static func installStrMethods() {
    installStrSearchMethods()
    installStrReplaceMethods()
    installStrSplitMethods()
    installStrJoin()
    installStrCaseMethods()
    installStrPredicateMethods()
    installStrPaddingMethods()
    installStrStripMethods()
    installStrFormatMethods()
    installStrTranslateMethods()
    installStrDunderMethods()
  }
}

// MARK: - Receiver and arguments

extension Value {
  /// The `str` a method was called on (the descriptor checked the type
  /// already; this only avoids a force cast).
  @inline(__always)
  func strReceiver() throws(PyException) -> PyStr {
    guard case .object(let o) = self, let s = o as? PyStr else {
      throw PyException.typeError("descriptor requires a 'str' object but received a '\(typeName)'")
    }
    return s
  }

  /// The type name Argument Clinic's messages show: `None` for None
  /// ("argument 1 must be str, not None").
  var strArgTypeName: String { isNone ? "None" : typeName }
}

extension VM {
  /// A `start`/`end` argument of `find` and friends (CPython's
  /// `_PyEval_SliceIndex`): None keeps `default`, big ints clamp.
  func strSliceIndex(_ v: Value?, default value: Int) throws(PyException) -> Int {
    guard let v, !v.isNone else { return value }
    if case .object(let o) = v, let big = o as? PyBigInt {
      return big.value.signum() < 0 ? Int.min / 2 : Int.max / 2
    }
    guard let i = try index(v) else {
      throw PyException.typeError(
        "slice indices must be integers or None or have an __index__ method")
    }
    return i
  }

  /// A Py_ssize_t argument (`__index__`): a big int is an OverflowError,
  /// as `PyNumber_AsSsize_t(v, PyExc_OverflowError)` reports it.
  func strSizeArgument(_ v: Value, cType: String = "ssize_t") throws(PyException) -> Int {
    if case .object(let o) = v, o is PyBigInt {
      throw PyException.overflowError("Python int too large to convert to C \(cType)")
    }
    return try intArgument(v)
  }

  /// Normalizes `start`/`end` against a length the way CPython's
  /// ADJUST_INDICES does.
  func strAdjustIndices(_ start: Int, _ end: Int, length: Int) -> (Int, Int) {
    var s = start
    var e = end
    if e > length {
      e = length
    } else if e < 0 {
      e += length
      if e < 0 { e = 0 }
    }
    if s < 0 {
      s += length
      if s < 0 { s = 0 }
    }
    return (s, e)
  }
}

// MARK: - Bytes

extension PyStr {
  /// Runs `body` over the UTF-8 bytes without copying (native strings are
  /// contiguous; the copy is only a fallback).
  @inline(__always)
  func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let r = value.utf8.withContiguousStorageIfAvailable(body) { return r }
    return Array(value.utf8).withUnsafeBufferPointer(body)
  }

  /// A new string from a range of UTF-8 bytes that starts and ends on code
  /// point boundaries; `ascii` says the bytes are known to be ASCII.
  static func fromBytes(
    _ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool
  ) -> PyStr {
    let n = range.count
    if n == 0 { return PyStr.empty }
    if n == 1 && buf[range.lowerBound] < 0x80 {
      return PyStr.asciiCharacters[Int(buf[range.lowerBound])]
    }
    let s = String(decoding: UnsafeBufferPointer(rebasing: buf[range]), as: UTF8.self)
    return ascii ? PyStr(ascii: s) : PyStr(s)
  }

  /// A new string from a Swift string, with the ASCII flag set when known.
  static func make(_ s: String, ascii: Bool) -> PyStr {
    if s.isEmpty { return PyStr.empty }
    return ascii ? PyStr(ascii: s) : PyStr(s)
  }

  /// `s + t` as a new string that knows whether it is ASCII (so its
  /// length needs no scan later).
  static func concatenation(_ s: PyStr, _ t: PyStr) -> PyStr {
    make(s.value + t.value, ascii: s.isASCII && t.isASCII)
  }

  /// The UTF-8 byte offset of code point `index` (0 ≤ index ≤ count).
  func byteOffset(ofIndex index: Int) -> Int {
    if isASCII { return index }
    return withBytes { buf -> Int in
      var seen = 0
      var i = 0
      while i < buf.count {
        if buf[i] & 0xC0 != 0x80 {
          if seen == index { return i }
          seen += 1
        }
        i += 1
      }
      return buf.count
    }
  }

  /// The code point index of UTF-8 byte offset `offset`.
  func index(ofByte offset: Int) -> Int {
    if isASCII { return offset }
    return withBytes { buf -> Int in
      var n = 0
      for i in 0..<min(offset, buf.count) where buf[i] & 0xC0 != 0x80 { n += 1 }
      return n
    }
  }

  /// A string of the given scalars.
  static func fromScalars<S: Sequence>(_ scalars: S) -> PyStr where S.Element == Unicode.Scalar {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    let s = String(view)
    return s.isEmpty ? PyStr.empty : PyStr(s)
  }
}

/// Python's whitespace (`Py_UNICODE_ISSPACE`): bidirectional classes WS, B
/// and S plus category Zs.
enum StrWhitespace {
  /// ASCII whitespace is \t \n \v \f \r, \x1c-\x1f and space.
  @inline(__always)
  static func isSpace(_ c: UInt32) -> Bool {
    if c < 128 { return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20) }
    switch c {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// The line boundaries `splitlines` knows, other than \r and \n.
  @inline(__always)
  static func isLineBreak(_ c: UInt32) -> Bool {
    switch c {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }
}
