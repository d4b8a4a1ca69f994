/// A `str.format` template parsed once: literal text and replacement
/// fields, with CPython's errors (Objects/stringlib/unicode_format.h) kept
/// in place so they are raised in the same order as CPython, which parses
/// and evaluates as it goes.
final class StrFormatTemplate {
  enum Piece {
    case literal(String)
    case field(StrFormatField)
    /// A parse error (ValueError) reached after the pieces before it.
    case error(String)
  }

  var pieces: [Piece] = []
  /// Whether all the literal text is ASCII.
  var literalsAreASCII = true

  /// One piece as rendering reads it: a literal's bytes in `literalText`,
  /// or (for a field or an error) its index in `pieces`.
  struct Step {
    let isLiteral: Bool
    let start: Int
    let count: Int
  }

  /// `pieces` laid out for rendering without reference counting (copying
  /// a piece retains its string or field): plain memory, owned here, set
  /// once by `prepareForRendering`.
  private(set) var steps = UnsafeMutableBufferPointer<Step>(start: nil, count: 0)
  private(set) var literalText = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

  /// Fills `steps` and `literalText` from the finished `pieces`.
  func prepareForRendering() {
    steps = .allocate(capacity: pieces.count)
    // Sized from the pieces themselves, so the copy below cannot run past
    // the block.
    var total = 0
    for case .literal(let text) in pieces { total += text.utf8.count }
    literalText = .allocate(capacity: total)
    var offset = 0
    for (index, piece) in pieces.enumerated() {
      if case .literal(var text) = piece {
        let start = offset
        text.withUTF8 { bytes in
          for byte in bytes {
            literalText[offset] = byte
            offset += 1
          }
        }
        steps.initializeElement(at: index, to: Step(isLiteral: true, start: start, count: offset - start))
      } else {
        steps.initializeElement(at: index, to: Step(isLiteral: false, start: index, count: 0))
      }
    }
  }

  deinit {
    steps.deallocate()
    literalText.deallocate()
  }
}

/// One `{name.attr[key]!c:spec}` field.
final class StrFormatField {
  enum Name {
    case index(Int)
    case key(PyStr)
    /// A ValueError raised when the field is evaluated (numbering errors,
    /// too many digits).
    case error(String)
  }

  enum Accessor {
    case attribute(PyStr)
    case index(Int)
    case key(PyStr)
  }

  enum Spec {
    case text(String)
    case nested(StrFormatTemplate)
    case error(String)
  }

  var name: Name = .index(0)
  var accessors: [Accessor] = []
  /// A ValueError raised after the accessors before it have run.
  var accessorError: String?
  /// The conversion code point (`r`, `s`, `a`), 0 for none.
  var conversion: UInt32 = 0
  var spec: Spec = .text("")
  /// The spec parsed for int and float values (default type 0).
  var numberSpec: FormatSpec?
  /// The spec parsed for str values.
  var strSpec: FormatSpec?
}

/// Parses format strings over UTF-8 bytes (all markup is ASCII).
struct StrFormatParser {
  private let h: UnsafeBufferPointer<UInt8>
  /// ANS_INIT, ANS_AUTO or ANS_MANUAL.
  private var numbering = 0
  private var nextAuto = 0

  private static let lbrace = UInt8(ascii: "{")
  private static let rbrace = UInt8(ascii: "}")

  /// Parses the whole of `s`.
  static func parse(_ s: PyStr) -> StrFormatTemplate {
    s.withBytes { h -> StrFormatTemplate in
      var parser = StrFormatParser(h: h)
      return parser.template(0..<h.count, depth: 2)
    }
  }

  private init(h: UnsafeBufferPointer<UInt8>) {
    self.h = h
  }

  private func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: h[range]), as: UTF8.self)
  }

  /// The template of `range`, ready to render.
  private mutating func template(_ range: Range<Int>, depth: Int) -> StrFormatTemplate {
    let t = StrFormatTemplate()
    parsePieces(range, depth: depth, into: t)
    t.prepareForRendering()
    return t
  }

  /// MarkupIterator: literal text and fields of `range`.
  private mutating func parsePieces(_ range: Range<Int>, depth: Int, into t: StrFormatTemplate) {
    var literal: [UInt8] = []
    func flush() {
      if literal.isEmpty { return }
      if t.literalsAreASCII && literal.contains(where: { $0 >= 0x80 }) { t.literalsAreASCII = false }
      t.pieces.append(.literal(String(decoding: literal, as: UTF8.self)))
      literal.removeAll(keepingCapacity: true)
    }
    var pos = range.lowerBound
    let end = range.upperBound
    while pos < end {
      let start = pos
      var c: UInt8 = 0
      var markup = false
      while pos < end {
        c = h[pos]
        pos += 1
        if c == Self.lbrace || c == Self.rbrace {
          markup = true
          break
        }
      }
      let atEnd = pos >= end
      var length = pos - start
      if markup && c == Self.rbrace && (atEnd || h[pos] != Self.rbrace) {
        flush()
        t.pieces.append(.error("Single '}' encountered in format string"))
        return
      }
      if markup && atEnd && c == Self.lbrace {
        flush()
        t.pieces.append(.error("Single '{' encountered in format string"))
        return
      }
      if !atEnd && markup {
        if h[pos] == c {
          pos += 1
          markup = false
        } else {
          length -= 1
        }
      }
      literal.append(contentsOf: h[start..<(start + length)])
      if markup {
        flush()
        let piece = field(&pos, end, depth: depth)
        t.pieces.append(piece)
        if case .error = piece { return }
      }
    }
    flush()
  }

  /// parse_field, then the field name split (numbering) and the spec.
  private mutating func field(_ pos: inout Int, _ end: Int, depth: Int) -> StrFormatTemplate.Piece {
    let nameStart = pos
    var c: UInt8 = 0
    var terminated = false
    while pos < end {
      c = h[pos]
      pos += 1
      if c == Self.lbrace { return .error("unexpected '{' in field name") }
      if c == UInt8(ascii: "[") {
        while pos < end && h[pos] != UInt8(ascii: "]") { pos += 1 }
        continue
      }
      if c == Self.rbrace || c == UInt8(ascii: ":") || c == UInt8(ascii: "!") {
        terminated = true
        break
      }
    }
    if !terminated { return .error("expected '}' before end of string") }
    let nameRange = nameStart..<(pos - 1)
    let f = StrFormatField()
    var specRange = pos..<pos
    var needsExpanding = false
    if c == UInt8(ascii: "!") || c == UInt8(ascii: ":") {
      var specDone = false
      if c == UInt8(ascii: "!") {
        if pos >= end { return .error("end of string while looking for conversion specifier") }
        let (conversion, width) = StrSplitter.scalar(h, at: pos)
        f.conversion = conversion
        pos += width
        if pos < end {
          let next = h[pos]
          pos += 1
          if next == Self.rbrace {
            specDone = true
          } else if next != UInt8(ascii: ":") {
            return .error("expected ':' after conversion specifier")
          }
        }
      }
      if !specDone {
        let specStart = pos
        var count = 1
        while pos < end {
          let d = h[pos]
          pos += 1
          if d == Self.lbrace {
            needsExpanding = true
            count += 1
          } else if d == Self.rbrace {
            count -= 1
            if count == 0 { break }
          }
        }
        if count != 0 { return .error("unmatched '{' in format spec") }
        specRange = specStart..<(pos - 1)
      }
    }
    fieldName(nameRange, f)
    if needsExpanding {
      f.spec = depth - 1 <= 0
        ? .error("Max string recursion exceeded") : .nested(template(specRange, depth: depth - 1))
    } else if !specRange.isEmpty {
      let spec = text(specRange)
      f.spec = .text(spec)
      f.numberSpec = try? FormatSpec.parse(
        spec, defaultType: 0, defaultAlign: UInt8(ascii: ">"), typeName: "int")
      f.strSpec = try? FormatSpec.parse(
        spec, defaultType: 0x73, defaultAlign: UInt8(ascii: "<"), typeName: "str")
    }
    return .field(f)
  }

  /// get_integer: the value of an all-decimal range, -1 when empty or not
  /// all digits, nil on overflow.
  private func integer(_ range: Range<Int>) -> Int? {
    if range.isEmpty { return -1 }
    var value = 0
    var i = range.lowerBound
    while i < range.upperBound {
      let (c, w) = StrSplitter.scalar(h, at: i)
      guard let digit = FormatSpec.decimalValue(c) else { return -1 }
      if value > (Int.max - digit) / 10 { return nil }
      value = value * 10 + digit
      i += w
    }
    return value
  }

  private static let tooManyDigits = "Too many decimal digits in format string"

  /// field_name_split and the FieldNameIterator.
  private mutating func fieldName(_ range: Range<Int>, _ f: StrFormatField) {
    var firstEnd = range.lowerBound
    while firstEnd < range.upperBound && h[firstEnd] != UInt8(ascii: ".")
      && h[firstEnd] != UInt8(ascii: "[")
    {
      firstEnd += 1
    }
    let first = range.lowerBound..<firstEnd
    guard var index = integer(first) else {
      f.name = .error(Self.tooManyDigits)
      return
    }
    let empty = first.isEmpty
    if empty || index != -1 {
      if numbering == 0 { numbering = empty ? 1 : 2 }
      if numbering == 2 && empty {
        f.name = .error(
          "cannot switch from manual field specification to automatic field numbering")
        return
      }
      if numbering == 1 && !empty {
        f.name = .error(
          "cannot switch from automatic field numbering to manual field specification")
        return
      }
      if empty {
        index = nextAuto
        nextAuto += 1
      }
      f.name = .index(index)
    } else {
      f.name = .key(PyStr(text(first)))
    }
    var pos = firstEnd
    let end = range.upperBound
    while pos < end {
      let c = h[pos]
      pos += 1
      let partStart = pos
      if c == UInt8(ascii: ".") {
        while pos < end && h[pos] != UInt8(ascii: ".") && h[pos] != UInt8(ascii: "[") { pos += 1 }
        if pos == partStart {
          f.accessorError = "Empty attribute in format string"
          return
        }
        f.accessors.append(.attribute(PyStr.intern(text(partStart..<pos))))
      } else if c == UInt8(ascii: "[") {
        while pos < end && h[pos] != UInt8(ascii: "]") { pos += 1 }
        if pos >= end {
          f.accessorError = "Missing ']' in format string"
          return
        }
        let part = partStart..<pos
        pos += 1
        guard let i = integer(part) else {
          f.accessorError = Self.tooManyDigits
          return
        }
        if part.isEmpty {
          f.accessorError = "Empty attribute in format string"
          return
        }
        f.accessors.append(i >= 0 ? .index(i) : .key(PyStr(text(part))))
      } else {
        f.accessorError = "Only '.' or '[' may follow ']' in format field specifier"
        return
      }
    }
  }
}
