import Foundation

/// Where replacement fields get their values: `format`'s arguments or
/// `format_map`'s mapping.
struct StrFormatSource {
  var args: Args?
  var mapping: Value?
}

extension VM {
  /// Renders `template` (str.format / str.format_map) into `out`.
  func strRenderFormat(
    _ template: StrFormatTemplate, _ source: StrFormatSource, into out: inout StrBuilder
  ) throws(PyException) {
    let ascii = template.literalsAreASCII
    let literalText = UnsafeBufferPointer(template.literalText)
    for step in template.steps {
      if step.isLiteral {
        out.append(
          utf8: UnsafeBufferPointer(rebasing: literalText[step.start..<(step.start + step.count)]),
          ascii: ascii)
        continue
      }
      switch template.pieces[step.start] {
      case .literal(let text):
        out.append(text, ascii: ascii)
      case .field(let f):
        try renderField(f, source, into: &out)
      case .error(let message):
        throw PyException.valueError(message)
      }
    }
  }

  private func fieldObject(
    _ f: StrFormatField, _ source: StrFormatSource
  ) throws(PyException) -> Value {
    var obj: Value
    switch f.name {
    case .error(let message):
      throw PyException.valueError(message)
    case .index(let i):
      guard let args = source.args else {
        throw PyException.valueError("Format string contains positional fields")
      }
      guard i < args.count else {
        throw PyException.indexError(
          "Replacement index \(i) out of range for positional args tuple")
      }
      obj = args[i]
    case .key(let key):
      if let mapping = source.mapping {
        obj = try getItem(mapping, .object(key))
      } else if let args = source.args, args.keywordCount > 0, let v = args.keyword(key.value) {
        obj = v
      } else {
        throw PyException.keyError(.object(key))
      }
    }
    for accessor in f.accessors {
      switch accessor {
      case .attribute(let name): obj = try getAttribute(obj, name)
      case .index(let i): obj = try getItem(obj, .int(i))
      case .key(let k): obj = try getItem(obj, .object(k))
      }
    }
    if let message = f.accessorError { throw PyException.valueError(message) }
    return obj
  }

  private func renderField(
    _ f: StrFormatField, _ source: StrFormatSource, into out: inout StrBuilder
  ) throws(PyException) {
    var value = try fieldObject(f, source)
    switch f.conversion {
    case 0: break
    case 0x72: value = .str(try repr(value))
    case 0x73: value = .str(try str(value))
    case 0x61: value = .str(try ascii(value))
    case let c:
      if c > 32 && c < 127, let scalar = Unicode.Scalar(c) {
        throw PyException.valueError("Unknown conversion specifier \(Character(scalar))")
      }
      throw PyException.valueError("Unknown conversion specifier \\x\(String(c, radix: 16))")
    }
    switch f.spec {
    case .error(let message):
      throw PyException.valueError(message)
    case .nested(let t):
      var spec = StrBuilder(capacity: 16)
      try strRenderFormat(t, source, into: &spec)
      out.append(try format(value, spec.string))
    case .text(let spec):
      switch value {
      case .int(let i):
        if spec.isEmpty {
          out.appendDecimal(i)
          return
        }
        if var parsed = f.numberSpec {
          if parsed.type == 0 { parsed.type = 0x64 }
          if out.appendInteger(i, spec: parsed) { return }
          out.append(try convert { try SpecFormatter.format(i, spec: parsed) })
          return
        }
      case .float(let d):
        if spec.isEmpty {
          out.append(FloatRepr.repr(d), ascii: true)
          return
        }
        if let parsed = f.numberSpec {
          out.append(try convert { try SpecFormatter.format(d, spec: parsed) })
          return
        }
      case .object(let o):
        if let s = o as? PyStr {
          if spec.isEmpty {
            out.append(s)
            return
          }
          if let parsed = f.strSpec {
            out.append(try convert { try SpecFormatter.format(s.value, spec: parsed) })
            return
          }
        }
      default:
        break
      }
      out.append(try format(value, spec))
    }
  }

  /// `template.format(*args, **kwargs)`.
  func strFormat(_ s: PyStr, _ source: StrFormatSource) throws(PyException) -> PyStr {
    let template = FormatTemplates.format.template(for: s)
    if template.pieces.isEmpty { return PyStr.empty }
    if template.pieces.count == 1, case .literal(let text) = template.pieces[0] {
      return PyStr(text)
    }
    // Most results fit in a buffer on the stack: only the finished string
    // is allocated.
    return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) {
      (scratch: UnsafeMutableBufferPointer<UInt8>) throws(PyException) -> PyStr in
      var out = StrBuilder(scratch: scratch)
      try strRenderFormat(template, source, into: &out)
      return out.build()
    }
  }
}

extension BuiltinTypes {
  static func installStrFormatMethods() {
    str.addMethod("format") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      return .object(try vm.strFormat(s, StrFormatSource(args: args, mapping: nil)))
    }
    str.addMethod("format_map") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let mapping = try args.one("str.format_map")
      return .object(try vm.strFormat(s, StrFormatSource(args: nil, mapping: mapping)))
    }
  }
}
