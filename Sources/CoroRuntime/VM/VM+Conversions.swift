import BigInt
import Foundation

/// `repr()`, `str()`, `format()` and `%`-formatting of values.
extension VM {
  // MARK: - repr

  func repr(_ v: Value) throws(PyException) -> String {
    switch v {
    case .none: return "None"
    case .null: return "<NULL>"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return FloatRepr.repr(d)
    case .object(let o): return try reprObject(o, v)
    }
  }

  private func reprObject(_ o: PyObject, _ v: Value) throws(PyException) -> String {
    if let s = o as? PyStr, s.subclass == nil { return StringRepr.repr(s.value) }
    let type = o.type
    if !type.isBuiltin || o is PyInstance {
      if let m = userMethod(type, Names.repr) {
        let r = try withRecursionGuard(" while getting the repr of an object") {
          () throws(PyException) -> Value in try callMethod(m, v, [])
        }
        guard let s = r.asStr else {
          throw PyException.typeError("__repr__ returned non-string (type \(r.typeName))")
        }
        return s.value
      }
    }
    return try builtinRepr(o, v)
  }

  /// The repr builtin types give their objects (and instances of their
  /// subclasses without a `__repr__` of their own).
  private func builtinRepr(_ o: PyObject, _ v: Value) throws(PyException) -> String {
    let type = o.type
    if let s = o as? PyStr { return StringRepr.repr(s.value) }
    if let n = o as? PyBoxedNumber { return try repr(n.value) }
    if let b = o as? PyBigInt { return try convert { try IntegerText.decimal(b.value) } }
    if let c = o as? PyComplex { return ComplexMath.repr(c.value) }
    if let l = o as? PyList {
      return try reprContainer(o, "[", "]", l.items, emptyText: "[]")
    }
    if let t = o as? PyTuple {
      if t.items.count == 1 {
        return try withRecursionGuard(" while getting the repr of an object") { () throws(PyException) -> String in
          "(" + (try repr(t.items[0])) + ",)"
        }
      }
      return try reprContainer(o, "(", ")", t.items, emptyText: "()")
    }
    if let d = o as? PyDict {
      if d.count == 0 { return "{}" }
      return try reprGuarded(o, "{...}") { () throws(PyException) -> String in
        var parts: [String] = []
        parts.reserveCapacity(d.count)
        for e in d.liveEntries {
          parts.append(try repr(e.key) + ": " + repr(e.value))
        }
        return "{" + parts.joined(separator: ", ") + "}"
      }
    }
    if let s = o as? PySet {
      // Subclasses show their class name: `Tags({'a'})` (set_repr).
      let name = type.name
      if s.count == 0 { return name + "()" }
      let inner = try reprGuarded(o, "\(name)(...)") { () throws(PyException) -> String in
        try s.keys.map { (k: Value) throws(PyException) -> String in try repr(k) }.joined(separator: ", ")
      }
      return type === BuiltinTypes.set ? "{\(inner)}" : "\(name)({\(inner)})"
    }
    if let r = o as? PyRange {
      return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
    }
    if let e = o as? PyException { return try reprException(e) }
    if let t = o as? PyType { return "<class '\(typeQualifiedName(t))'>" }
    if let f = o as? PyFunction { return "<function \(f.qualifiedName) at \(address(o))>" }
    if let b = o as? PyBuiltinFunction {
      if case .object(let owner) = b.boundTo, !(owner is PyModule) {
        return "<built-in method \(b.name) of \(owner.type.name) object at \(address(owner))>"
      }
      return "<built-in function \(b.name)>"
    }
    if let m = o as? PyMethodDescriptor { return "<method '\(m.name)' of '\(m.owner.name)' objects>" }
    if let g = o as? PyGetSetDescriptor {
      // A member (slots, complex.real) shows as CPython's member_descriptor.
      let kind = g.delete == nil ? "attribute" : "member"
      return "<\(kind) '\(g.name)' of '\(g.owner.name)' objects>"
    }
    if let m = o as? PyBoundMethod {
      let name: String
      if let f = m.function.as(PyFunction.self) {
        name = f.qualifiedName
      } else if let b = m.function.as(PyBuiltinFunction.self) {
        name = b.name
      } else {
        name = "?"
      }
      return "<bound method \(name) of \(try repr(m.selfValue))>"
    }
    if let m = o as? PyModule {
      if let file = m.dict.getString("__file__")?.asStr {
        return "<module '\(m.name)' from '\(file.value)'>"
      }
      return "<module '\(m.name)' (built-in)>"
    }
    if let g = o as? PyGenerator {
      return "<\(g.kind == .asyncGenerator ? "async_generator" : g.kindName) object \(g.qualifiedName) at \(address(o))>"
    }
    if let s = o as? PySingleton { return s.name }
    if let s = o as? PySlice {
      return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
    }
    if o is PyDictView {
      let items = try iterate(v)
      let inner = try items.map { (x: Value) throws(PyException) -> String in try repr(x) }.joined(separator: ", ")
      return "\(type.name)([\(inner)])"
    }
    if let b = o as? PyBytes {
      guard b.isMutable else { return BytesRepr.repr(b.bytes) }
      // bytearray_repr escapes a single quote even inside double quotes.
      var text = BytesRepr.repr(b.bytes)
      if text.hasPrefix("b\"") {
        text = "b\"" + text.dropFirst(2).dropLast().replacingOccurrences(of: "'", with: "\\'") + "\""
      }
      return "bytearray(" + text + ")"
    }
    if let alias = o as? PyGenericAlias {
      let args: String
      if let t = alias.arguments.as(PyTuple.self) {
        args = try t.items.map { (x: Value) throws(PyException) -> String in try typeHintRepr(x) }.joined(separator: ", ")
      } else {
        args = try typeHintRepr(alias.arguments)
      }
      return "\(alias.origin.name)[\(args)]"
    }
    if let p = o as? PyReprCustomizable { return try p.pythonRepr(self) }
    return "<\(typeQualifiedName(type)) object at \(address(o))>"
  }

  /// The builtin repr of a value's storage, without the `__repr__` of a
  /// user class (`list.__repr__` called on an instance of a subclass).
  func nativeRepr(_ v: Value) throws(PyException) -> String {
    guard case .object(let o) = v else { return try repr(v) }
    return try builtinRepr(o, v)
  }

  private func typeHintRepr(_ v: Value) throws(PyException) -> String {
    if let t = v.as(PyType.self) { return t.isBuiltin ? t.name : typeQualifiedName(t) }
    // CPython's ga_repr_item writes `tuple[int, ...]`.
    if case .object(let o) = v, o === BuiltinTypes.ellipsisObject { return "..." }
    return try repr(v)
  }

  /// `module.QualName` for user classes, the plain name for builtins.
  func typeQualifiedName(_ t: PyType) -> String {
    if t.module == "builtins" { return t.qualifiedName }
    return t.module + "." + t.qualifiedName
  }

  /// CPython's `%p` on Linux: `0x` and lowercase hex.
  func address(_ o: PyObject) -> String {
    "0x" + String(UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()), radix: 16)
  }

  private func reprContainer(
    _ o: PyObject, _ open: String, _ close: String, _ items: [Value], emptyText: String
  ) throws(PyException) -> String {
    if items.isEmpty { return emptyText }
    return try reprGuarded(o, open + "..." + close) { () throws(PyException) -> String in
      var s = open
      for (i, item) in items.enumerated() {
        if i > 0 { s += ", " }
        s += try repr(item)
      }
      return s + close
    }
  }

  /// Runs a container's repr with CPython's `Py_ReprEnter` guard: a
  /// container that contains itself shows as `[...]`.
  private func reprGuarded(_ o: PyObject, _ recursive: String, _ body: () throws(PyException) -> String) throws(PyException) -> String {
    let id = ObjectIdentifier(o)
    if reprInProgress.contains(id) { return recursive }
    reprInProgress.insert(id)
    defer { reprInProgress.remove(id) }
    return try withRecursionGuard(" while getting the repr of an object", body)
  }

  private func reprException(_ e: PyException) throws(PyException) -> String {
    let name = e.type.name
    switch e.args.count {
    case 0: return name + "()"
    case 1: return name + "(" + (try repr(e.args[0])) + ")"
    default:
      return name + (try repr(.object(PyTuple(e.args))))
    }
  }

  /// A method a Python class defines (not one inherited from a builtin).
  func userMethod(_ type: PyType, _ name: PyStr) -> Value? {
    for t in type.mro {
      if t.isBuiltin {
        // Exceptions and objects fall back to the builtin behaviour.
        return nil
      }
      if let m = t.dict.getString(name) { return m }
    }
    return nil
  }

  // MARK: - str

  func str(_ v: Value) throws(PyException) -> String {
    switch v {
    case .float(let d): return FloatRepr.repr(d)
    case .object(let o):
      if let s = o as? PyStr, s.subclass == nil { return s.value }
      let type = o.type
      if !type.isBuiltin || o is PyInstance {
        if let m = userMethod(type, Names.str) {
          let r = try withRecursionGuard(" while getting the str of an object") {
            () throws(PyException) -> Value in try callMethod(m, v, [])
          }
          guard let s = r.asStr else {
            throw PyException.typeError("__str__ returned non-string (type \(r.typeName))")
          }
          return s.value
        }
      }
      // str's own __str__ for a str subclass; int, float, list... have
      // none, so their subclasses show their repr (object.__str__).
      if let s = o as? PyStr { return s.value }
      if let e = o as? PyException { return try strException(e) }
      // str(mappingproxy) is the str of the mapping it shows.
      if let p = o as? PyMappingProxy { return try str(.object(p.dict)) }
      return try repr(v)
    default:
      return try repr(v)
    }
  }

  func strException(_ e: PyException) throws(PyException) -> String {
    if !e.type.isBuiltin, let m = userMethod(e.type, Names.str) {
      let r = try callMethod(m, .object(e), [])
      return r.asStr?.value ?? ""
    }
    if e.group != nil { return try ExceptionGroups.describe(self, e) }
    if let text = try BuiltinTypes.osErrorText(self, e) { return text }
    if let text = try SyntaxErrors.text(self, e) { return text }
    switch e.args.count {
    case 0: return ""
    case 1:
      if e.isInstance(of: BuiltinTypes.keyError) { return try repr(e.args[0]) }
      return try str(e.args[0])
    default: return try repr(.object(PyTuple(e.args)))
    }
  }

  /// `ascii(v)`: repr with non-ASCII characters escaped.
  func ascii(_ v: Value) throws(PyException) -> String {
    let r = try repr(v)
    var out = ""
    for scalar in r.unicodeScalars {
      if scalar.isASCII {
        out.unicodeScalars.append(scalar)
      } else if scalar.value <= 0xFF {
        out += "\\x" + hexDigits(scalar.value, 2)
      } else if scalar.value <= 0xFFFF {
        out += "\\u" + hexDigits(scalar.value, 4)
      } else {
        out += "\\U" + hexDigits(scalar.value, 8)
      }
    }
    return out
  }

  private func hexDigits(_ v: UInt32, _ width: Int) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }

  // MARK: - format

  /// `format(value, spec)`.
  func format(_ v: Value, _ spec: String) throws(PyException) -> String {
    switch v {
    case .int(let i): return try convert { try SpecFormatter.format(i, spec: spec) }
    case .bool(let b):
      if spec.isEmpty { return b ? "True" : "False" }
      return try convert { try SpecFormatter.format(b ? 1 : 0, spec: spec, typeName: "bool") }
    case .float(let d): return try convert { try SpecFormatter.format(d, spec: spec) }
    case .object(let o):
      if let s = o as? PyStr, s.subclass == nil {
        return try convert { try SpecFormatter.format(s.value, spec: spec) }
      }
      if let b = o as? PyBigInt { return try convert { try SpecFormatter.format(b.value, spec: spec) } }
      if let c = o as? PyComplex, c.subclass == nil {
        return try convert { try ComplexText.format(c.value, spec: spec) }
      }
      let type = o.type
      if !type.isBuiltin || o is PyInstance, let m = userMethod(type, Names.format) {
        let r = try callMethod(m, v, [.str(spec)])
        guard let s = r.asStr else {
          throw PyException.typeError("__format__ must return a str, not \(r.typeName)")
        }
        return s.value
      }
      if o.subclassState != nil {
        // The builtin __format__ of str, int and float formats a subclass
        // instance with an empty spec as str(self) (format_obj).
        if spec.isEmpty { return try str(v) }
        if let s = o as? PyStr { return try convert { try SpecFormatter.format(s.value, spec: spec) } }
        if let n = o as? PyBoxedNumber { return try format(n.value, spec) }
        if let c = o as? PyComplex { return try convert { try ComplexText.format(c.value, spec: spec) } }
      }
    default:
      break
    }
    if !spec.isEmpty {
      throw PyException.typeError("unsupported format string passed to \(v.type.name).__format__")
    }
    return try str(v)
  }

  /// The `formatValue` instruction: conversion (1 str, 2 repr, 3 ascii)
  /// then format spec.
  func formatValue(_ v: Value, conversion: Int, spec: Value) throws(PyException) -> Value {
    var value = v
    switch conversion {
    case 1: value = .str(try str(v))
    case 2: value = .str(try repr(v))
    case 3: value = .str(try ascii(v))
    default: break
    }
    let specText = spec.asStr?.value ?? ""
    if specText.isEmpty, case .object(let o) = value, let s = o as? PyStr, s.subclass == nil {
      return value
    }
    return .str(try format(value, specText))
  }

  // MARK: - printf-style formatting

  /// `template % args` (CPython's PyUnicode_Format).
  ///
  /// Arguments are consumed as CPython's formatter does: a tuple item by
  /// item, anything else as one argument; a `%(key)` conversion replaces the
  /// argument source by the looked-up value (which a following `*` or plain
  /// conversion then consumes), so `'%(a)s %s' % {'a': 1}` has "not enough
  /// arguments".
  func percentFormat(_ template: PyStr, _ args: Value) throws(PyException) -> PyStr {
    let parsed = FormatTemplates.percent.template(for: template)
    // Most results fit in a buffer on the stack: only the finished string
    // is allocated.
    return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) {
      (scratch: UnsafeMutableBufferPointer<UInt8>) throws(PyException) -> PyStr in
      var out = StrBuilder(scratch: scratch)
      try percentRender(parsed, args, into: &out)
      return out.build()
    }
  }

  private func percentRender(_ parsed: PercentTemplate, _ args: Value, into out: inout StrBuilder) throws(PyException) {
    let tupleArgs = args.as(PyTuple.self)
    var current = args
    var arglen = tupleArgs?.items.count ?? -1
    var argidx = tupleArgs == nil ? -2 : 0
    let mapping: Value? = {
      if tupleArgs != nil { return nil }
      if case .object(let o) = args, !(o is PyStr), o.type.lookup(Names.getitem) != nil || o is PyDict {
        return args
      }
      return nil
    }()
    func fetch() throws(PyException) -> Value {
      guard argidx < arglen else {
        throw PyException.typeError("not enough arguments for format string")
      }
      argidx += 1
      if arglen < 0 { return current }
      return tupleArgs?.items[argidx - 1] ?? current
    }
    /// A `*` width or precision: an int (PyLong_Check), sized as C needs.
    func starAmount(_ isWidth: Bool) throws(PyException) -> Int {
      let v = try fetch()
      guard v.isInteger, let big = v.exactInteger else { throw PyException.typeError("* wants int") }
      guard let i = Int(exactly: big) else {
        throw PyException.overflowError(
          "Python int too large to convert to C \(isWidth ? "ssize_t" : "int")")
      }
      return i
    }
    for piece in parsed.pieces {
      switch piece {
      case .literal(let s):
        out.append(s)
      case .conversion(var spec):
        if spec.requiresMapping {
          guard let m = mapping else { throw PyException.typeError("format requires a mapping") }
          if let key = spec.key {
            current = try getItem(m, .str(key))
            arglen = -1
            argidx = -2
          }
        }
        if spec.width == .star || spec.precision == .star {
          let starWidth = spec.width == .star ? try starAmount(true) : nil
          let starPrecision = spec.precision == .star ? try starAmount(false) : nil
          spec = try convert { try spec.resolved(starWidth: starWidth, starPrecision: starPrecision) }
        }
        if let e = spec.error { throw PyException.from(e) }
        let value = try fetch()
        if !VM.appendSimplePercent(value, spec, into: &out) {
          out.append(try percentConversion(value, spec))
        }
      }
    }
    if argidx < arglen && mapping == nil {
      throw PyException.typeError("not all arguments converted during string formatting")
    }
  }

  /// The commonest conversions, appended without the formatter's general
  /// machinery: `%s` of a str or an int, and `%d`/`%i`/`%x`/`%X`/`%o` of
  /// an int with at most a width and the `0` flag (`%02d`). False (nothing
  /// appended) for anything else.
  private static func appendSimplePercent(_ value: Value, _ spec: PercentSpec, into out: inout StrBuilder) -> Bool {
    guard !spec.leftAlign, !spec.forceSign, !spec.blank, !spec.alternate, spec.precision == .none else {
      return false
    }
    var width = 0
    if case .value(let w) = spec.width { width = w } else if spec.width != .none { return false }
    let radix: Int
    var uppercase = false
    switch spec.conversion {
    case 0x73:  // s
      guard width == 0, !spec.zeroPad else { return false }
      switch value {
      case .object(let o):
        guard let s = o as? PyStr, s.subclass == nil else { return false }
        out.append(s)
        return true
      case .int(let i):
        out.appendDecimal(i)
        return true
      default:
        return false
      }
    case 0x64, 0x69: radix = 10  // d, i
    case 0x78: radix = 16  // x
    case 0x58: radix = 16; uppercase = true  // X
    case 0x6F: radix = 8  // o
    default: return false
    }
    guard case .int(let i) = value else { return false }
    // The digits, written backwards into a buffer on the stack.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
      let letters: UInt8 = uppercase ? 0x37 : 0x57  // "A" - 10, "a" - 10
      var magnitude = i.magnitude
      var start = buffer.count
      repeat {
        let digit = UInt8(truncatingIfNeeded: magnitude % UInt(radix))
        magnitude /= UInt(radix)
        start -= 1
        buffer[start] = digit < 10 ? 0x30 + digit : letters + digit
      } while magnitude > 0
      let length = buffer.count - start + (i < 0 ? 1 : 0)
      let padding = max(0, width - length)
      // Zeros go between the sign and the digits; spaces before the sign.
      if !spec.zeroPad { out.appendASCII(0x20, count: padding) }
      if i < 0 { out.appendASCII(0x2D) }
      if spec.zeroPad { out.appendASCII(0x30, count: padding) }
      out.appendASCII(UnsafeBufferPointer(rebasing: buffer[start...]))
    }
    return true
  }

  private func percentConversion(_ value: Value, _ spec: PercentSpec) throws(PyException) -> String {
    // The commonest cases, without the formatter's padding machinery.
    if spec.isPlain {
      switch (spec.conversion, value) {
      case (0x73, .object(let o)):  // %s of an exact str
        if let s = o as? PyStr, s.subclass == nil { return s.value }
      case (0x73, .int(let i)), (0x64, .int(let i)), (0x69, .int(let i)):
        return String(i)
      default:
        break
      }
    }
    switch spec.kind {
    case .string:
      let text: String
      switch spec.conversion {
      case 0x72: text = try repr(value)
      case 0x61: text = try ascii(value)
      default: text = try str(value)
      }
      return try convert { try PercentFormatter.format(string: text, spec: spec) }
    case .integer:
      switch value {
      case .int(let i): return try convert { try PercentFormatter.format(i, spec: spec) }
      case .bool(let b): return try convert { try PercentFormatter.format(b ? 1 : 0, spec: spec) }
      case .float(let d):
        let c = spec.conversion
        guard c == 0x64 || c == 0x69 || c == 0x75 else {
          throw PyException.typeError(
            "%\(Character(Unicode.Scalar(UInt8(truncatingIfNeeded: c)))) format: an integer is required, not float")
        }
        switch try convert({ try IntFloat.toInteger(d) }) {
        case .small(let i): return try convert { try PercentFormatter.format(i, spec: spec) }
        case .big(let b): return try convert { try PercentFormatter.format(b, spec: spec) }
        }
      case .object(let o):
        if let b = o as? PyBigInt { return try convert { try PercentFormatter.format(b.value, spec: spec) } }
        if let i = try index(value) { return try convert { try PercentFormatter.format(i, spec: spec) } }
      default: break
      }
      let c = Character(Unicode.Scalar(UInt8(truncatingIfNeeded: spec.conversion)))
      let what = (c == "d" || c == "i" || c == "u") ? "a real number" : "an integer"
      throw PyException.typeError("%\(c) format: \(what) is required, not \(value.typeName)")
    case .float:
      guard let d = try floatOperand(value) else {
        throw PyException.typeError("must be real number, not \(value.typeName)")
      }
      return try convert { try PercentFormatter.format(d, spec: spec) }
    case .character:
      switch value {
      case .int(let i): return try convert { try PercentFormatter.formatCharacter(i, spec: spec) }
      case .object(let o):
        if let s = o as? PyStr { return try convert { try PercentFormatter.formatCharacter(s.value, spec: spec) } }
        if let b = o as? PyBigInt { return try convert { try PercentFormatter.formatCharacter(b.value, spec: spec) } }
      default: break
      }
      throw PyException.typeError("%c requires int or char")
    case .unsupported:
      throw PyException.from(spec.unsupportedError)
    }
  }
}

/// Objects whose repr is computed by their own Swift code (Futures,
/// Tasks, the event loop...).
protocol PyReprCustomizable: AnyObject {
  func pythonRepr(_ vm: VM) throws(PyException) -> String
}

/// `repr(bytes)`.
enum BytesRepr {
  static func repr(_ bytes: [UInt8]) -> String {
    let quote: UInt8 = bytes.contains(UInt8(ascii: "'")) && !bytes.contains(UInt8(ascii: "\"")) ? 34 : 39
    var out = "b" + String(UnicodeScalar(quote))
    for b in bytes {
      switch b {
      case UInt8(ascii: "\\"): out += "\\\\"
      case UInt8(ascii: "\n"): out += "\\n"
      case UInt8(ascii: "\r"): out += "\\r"
      case UInt8(ascii: "\t"): out += "\\t"
      case quote: out += "\\" + String(UnicodeScalar(quote))
      case 32..<127: out.unicodeScalars.append(UnicodeScalar(b))
      default: out += "\\x" + (b < 16 ? "0" : "") + String(b, radix: 16)
      }
    }
    return out + String(UnicodeScalar(quote))
  }
}
