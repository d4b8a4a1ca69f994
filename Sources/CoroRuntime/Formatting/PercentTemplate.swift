// The printf-style `str % args` template, split into literal text and
// conversion specs; mirrors Objects/unicodeobject.c PyUnicode_Format and
// unicode_format_arg_parse.

/// One `%` conversion: `%[(key)][flags][width][.precision][hlL]type`.
///
/// CPython consumes arguments while it parses, so the runtime must act in
/// this order for each spec: if `requiresMapping` and the right operand is not
/// a mapping, raise TypeError "format requires a mapping"; if `key` is set,
/// look it up (it becomes the argument source); fetch a `*` width, then a `*`
/// precision (each: TypeError "* wants int" unless an int) and pass them to
/// `resolved(...)`; if `error` is set, raise it; else fetch the value and
/// format it by `kind`. `unsupportedError` is raised after fetching the value.
struct PercentSpec: Equatable {
  /// A width or precision.
  enum Amount: Equatable {
    case none
    /// `*`: taken from the arguments.
    case star
    case value(Int)
  }

  /// What kind of operand the conversion wants.
  enum Kind: Equatable {
    /// `s`, `r`, `a`: the runtime converts with str(), repr() or ascii().
    case string
    /// `d`, `i`, `u`, `o`, `x`, `X`.
    case integer
    /// `e`, `E`, `f`, `F`, `g`, `G`.
    case float
    /// `c`: an int code point or a one-character str.
    case character
    /// Anything else: raise `unsupportedError` once the value is fetched.
    case unsupported
  }

  /// Whether the spec began with `(`, which needs a mapping operand.
  var requiresMapping = false
  /// The mapping key of `%(key)s`; nil when there is none or it is unclosed.
  var key: String?
  /// `-`: pad on the right.
  var leftAlign = false
  /// `+`: always write a sign.
  var forceSign = false
  /// space: a space where a plus sign would go.
  var blank = false
  /// `#`: alternate form.
  var alternate = false
  /// `0`: pad numbers with zeros.
  var zeroPad = false
  var width = Amount.none
  var precision = Amount.none
  /// The conversion character's code point (0 when the template ended).
  var conversion: UInt32 = 0
  /// The code point index of the conversion character in the template.
  var index = 0
  /// A template error CPython raises after fetching the key and `*` values.
  var error: FormatError?

  /// No flags, width or precision: `%s` and `%d` are then just str() and
  /// the decimal digits.
  var isPlain: Bool {
    !leftAlign && !forceSign && !blank && !alternate && !zeroPad && width == .none && precision == .none
  }

  /// How the runtime should format the operand.
  var kind: Kind {
    switch conversion {
    case 0x73, 0x72, 0x61: return .string
    case 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58: return .integer
    case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47: return .float
    case 0x63: return .character
    default: return .unsupported
    }
  }

  /// "unsupported format character 'z' (0x7a) at index 3".
  var unsupportedError: FormatError {
    let c = conversion
    let shown = (31...126).contains(c) ? Character(Unicode.Scalar(UInt8(c))) : "?"
    return .valueError(
      "unsupported format character '\(shown)' (0x\(String(c, radix: 16))) at index \(index)")
  }

  /// The spec with `*` amounts replaced by the fetched ints: a negative width
  /// means left alignment, a negative precision means 0.
  ///
  /// - Throws: `OverflowError` "Python int too large to convert to C int" for
  ///   a `*` precision beyond C's int.
  func resolved(starWidth: Int? = nil, starPrecision: Int? = nil) throws -> PercentSpec {
    var spec = self
    if spec.width == .star, let w = starWidth {
      if w < 0 { spec.leftAlign = true }
      spec.width = .value(Int(clamping: w.magnitude))
    }
    if spec.precision == .star, let p = starPrecision {
      if p > Int(Int32.max) || p < Int(Int32.min) {
        throw FormatError.overflowError("Python int too large to convert to C int")
      }
      spec.precision = .value(max(0, p))
    }
    return spec
  }
}

/// A parsed `%` template: literal text and conversions, in order.
struct PercentTemplate: Equatable {
  /// A run of literal text (with `%%` already turned into `%`), or a
  /// conversion.
  enum Piece: Equatable {
    case literal(String)
    case conversion(PercentSpec)
  }

  var pieces: [Piece]

  /// Splits `template` into pieces. A malformed conversion ends the list, with
  /// its error in `PercentSpec.error` so that arguments are consumed first.
  static func parse(_ template: String) -> PercentTemplate {
    var copy = template
    let ascii = copy.withUTF8 { bytes -> PercentTemplate? in
      if bytes.contains(where: { $0 >= 0x80 }) { return nil }
      return parse(bytes.lazy.map { UInt32($0) }) { range in
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
    }
    if let ascii { return ascii }
    let scalars = Array(template.unicodeScalars)
    return parse(scalars.lazy.map(\.value)) { range in
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars[range])
      return String(text)
    }
  }

  private static func parse<C: RandomAccessCollection>(
    _ s: C, text: (Range<Int>) -> String
  ) -> PercentTemplate where C.Element == UInt32, C.Index == Int {
    var pieces: [Piece] = []
    var literal = ""
    var pos = 0
    let end = s.count
    func flush() {
      if !literal.isEmpty {
        pieces.append(.literal(literal))
        literal = ""
      }
    }
    while pos < end {
      if s[pos] != 0x25 {
        let start = pos
        while pos < end && s[pos] != 0x25 { pos += 1 }
        literal += text(start..<pos)
        continue
      }
      pos += 1
      if pos < end && s[pos] == 0x25 {
        literal += "%"
        pos += 1
        continue
      }
      flush()
      let spec = parseSpec(s, &pos, text: text)
      pieces.append(.conversion(spec))
      if spec.error != nil { break }
    }
    flush()
    return PercentTemplate(pieces: pieces)
  }

  /// Parses one conversion after its `%`; mirrors unicode_format_arg_parse,
  /// reading a NUL past the end as C does.
  private static func parseSpec<C: RandomAccessCollection>(
    _ s: C, _ pos: inout Int, text: (Range<Int>) -> String
  ) -> PercentSpec where C.Element == UInt32, C.Index == Int {
    var spec = PercentSpec()
    let end = s.count
    func at(_ i: Int) -> UInt32 { i < end ? s[i] : 0 }
    if at(pos) == 0x28 {  // (
      spec.requiresMapping = true
      pos += 1
      let keyStart = pos
      var depth = 1
      while depth > 0 && pos < end {
        if s[pos] == 0x29 {
          depth -= 1
        } else if s[pos] == 0x28 {
          depth += 1
        }
        pos += 1
      }
      if depth > 0 || pos >= end {
        spec.error = .valueError(depth > 0 ? "incomplete format key" : "incomplete format")
        if depth > 0 { return spec }
      }
      spec.key = text(keyStart..<(pos - 1))
      if spec.error != nil { return spec }
    }
    var ch: UInt32 = 0
    var more = pos < end
    // Flags.
    while pos < end {
      ch = s[pos]
      pos += 1
      switch ch {
      case 0x2D: spec.leftAlign = true
      case 0x2B: spec.forceSign = true
      case 0x20: spec.blank = true
      case 0x23: spec.alternate = true
      case 0x30: spec.zeroPad = true
      default: break
      }
      if ![0x2D, 0x2B, 0x20, 0x23, 0x30].contains(ch) { break }
      if pos >= end { more = false }
    }
    if !more { return incomplete(spec) }
    // Width.
    if ch == 0x2A {
      spec.width = .star
      if pos >= end { return incomplete(spec) }
      ch = s[pos]
      pos += 1
    } else if ch >= 0x30 && ch <= 0x39 {
      var width = Int(ch - 0x30)
      while true {
        if pos >= end { return incomplete(spec) }
        ch = s[pos]
        pos += 1
        guard ch >= 0x30 && ch <= 0x39 else { break }
        let digit = Int(ch - 0x30)
        if width > (Int.max - digit) / 10 {
          spec.error = .valueError("width too big")
          return spec
        }
        width = width * 10 + digit
      }
      spec.width = .value(width)
    }
    // Precision.
    if ch == 0x2E {
      spec.precision = .value(0)
      if pos >= end { return incomplete(spec) }
      ch = s[pos]
      pos += 1
      if ch == 0x2A {
        spec.precision = .star
        if pos >= end { return incomplete(spec) }
        ch = s[pos]
        pos += 1
      } else if ch >= 0x30 && ch <= 0x39 {
        var precision = Int(ch - 0x30)
        while true {
          if pos >= end { return incomplete(spec) }
          ch = s[pos]
          pos += 1
          guard ch >= 0x30 && ch <= 0x39 else { break }
          let digit = Int(ch - 0x30)
          if precision > (Int(Int32.max) - digit) / 10 {
            spec.error = .valueError("precision too big")
            return spec
          }
          precision = precision * 10 + digit
        }
        spec.precision = .value(precision)
      }
    }
    // An ignored length modifier: h, l or L.
    if ch == 0x68 || ch == 0x6C || ch == 0x4C {
      if pos >= end { return incomplete(spec) }
      ch = s[pos]
      pos += 1
    }
    spec.conversion = ch
    spec.index = pos - 1
    return spec
  }

  private static func incomplete(_ spec: PercentSpec) -> PercentSpec {
    var spec = spec
    spec.error = .valueError("incomplete format")
    return spec
  }
}
