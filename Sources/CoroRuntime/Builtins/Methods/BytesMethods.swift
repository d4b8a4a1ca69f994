/// The methods of `bytes` (CPython's Objects/bytesobject.c and
/// bytes_methods.c) that programs meet: decode, hex/fromhex, searching,
/// split/join/strip/replace, ASCII case mapping and tests, and the special
/// methods by name. The operators themselves are in the VM.
extension BuiltinTypes {
  static func installBytesMethods() {
    let t = bytes
    t.addMethod("decode") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try receiver(v, PyBytes.self, "decode", "bytes")
      let a = try args.bind("decode", ["encoding", "errors"])
      let encoding = try textArgument(a[0], "decode", "encoding") ?? "utf-8"
      let errors = try textArgument(a[1], "decode", "errors") ?? "strict"
      return .str(try vm.decodeBytes(b.bytes, encoding: encoding, errors: errors))
    }
    t.addMethod("hex") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try receiver(v, PyBytes.self, "hex", "bytes")
      try args.none("bytes.hex")
      return .str(b.bytes.map { BytesCodec.hex($0) }.joined())
    }
    t.addClassMethod("fromhex") { (vm: VM, args: Args) throws(PyException) -> Value in
      guard args.count == 2, let s = args[1].asStr else {
        throw PyException.typeError("fromhex() argument must be str, not \(args.count > 1 ? args[1].typeName : "nothing")")
      }
      var out: [UInt8] = []
      var pending: UInt8?
      for (i, c) in s.value.unicodeScalars.enumerated() {
        if c == " " && pending == nil { continue }
        guard c.isASCII, let d = UInt8(String(c), radix: 16) else {
          throw PyException.valueError(
            "non-hexadecimal number found in fromhex() arg at position \(i)")
        }
        if let p = pending {
          out.append(p << 4 | d)
          pending = nil
        } else {
          pending = d
        }
      }
      if pending != nil {
        throw PyException.valueError(
          "non-hexadecimal number found in fromhex() arg at position \(s.count)")
      }
      return .object(PyBytes(out))
    }
    installBytesSearch(t)
    installBytesTransforms(t)
    installBytesDunders(t)
  }

  private static func textArgument(_ v: Value?, _ function: String, _ name: String) throws(PyException) -> String? {
    guard let v else { return nil }
    guard let s = v.asStr else {
      throw PyException.typeError("\(function)() argument '\(name)' must be str, not \(v.typeName)")
    }
    return s.value
  }

  /// The needle of `find`/`count`/`index`: bytes or a byte value.
  private static func needle(_ vm: VM, _ v: Value) throws(PyException) -> [UInt8] {
    if let b = vm.bytesLike(v) { return b }
    if case .int(let i) = v.unboxedNumber {
      guard (0...255).contains(i) else { throw PyException.valueError("byte must be in range(0, 256)") }
      return [UInt8(i)]
    }
    throw PyException.typeError(
      "argument should be integer or bytes-like object, not '\(v.typeName)'")
  }

  private static func installBytesSearch(_ t: PyType) {
    for name in ["find", "rfind", "index", "rindex", "count"] {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let b = try receiver(v, PyBytes.self, "find", "bytes")
        try args.positionalOnly("bytes.find", "find", 1, 3)
        let sub = try needle(vm, args[0])
        let (start, stop) = try vm.searchWindow(args, count: b.bytes.count)
        if name == "count" {
          if sub.isEmpty { return .int(max(0, min(stop, b.bytes.count) - start + 1)) }
          var n = 0
          var i = start
          while let f = BytesSearch.find(sub, in: b.bytes, i, stop) {
            n += 1
            i = f + sub.count
          }
          return .int(n)
        }
        let reverse = name.hasPrefix("r")
        let found = reverse
          ? BytesSearch.rfind(sub, in: b.bytes, start, stop) : BytesSearch.find(sub, in: b.bytes, start, stop)
        if let found { return .int(found) }
        if name.hasSuffix("index") { throw PyException.valueError("subsection not found") }
        return .int(-1)
      }
    }
    for name in ["startswith", "endswith"] {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let b = try receiver(v, PyBytes.self, "startswith", "bytes")
        try args.positionalOnly("bytes.startswith", "startswith", 1, 3)
        let (start, stop) = try vm.searchWindow(args, count: b.bytes.count)
        let candidates: [Value] = args[0].as(PyTuple.self)?.items ?? [args[0]]
        for c in candidates {
          guard let p = vm.bytesLike(c) else {
            throw PyException.typeError(
              "\(name) first arg must be bytes or a tuple of bytes, not \(c.typeName)")
          }
          let end = min(stop, b.bytes.count)
          guard end - start >= p.count, start <= b.bytes.count else { continue }
          let at = name == "startswith" ? start : end - p.count
          if Array(b.bytes[at..<(at + p.count)]) == p { return .bool(true) }
        }
        return .bool(false)
      }
    }
  }

  private static func requireBytes(_ vm: VM, _ v: Value) throws(PyException) -> [UInt8] {
    guard let b = vm.bytesLike(v) else {
      throw PyException.typeError("a bytes-like object is required, not '\(v.typeName)'")
    }
    return b
  }

  private static func isSpace(_ c: UInt8) -> Bool {
    c == 32 || (9...13).contains(c)
  }

  private static func installBytesTransforms(_ t: PyType) {
    t.addMethod("split") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try receiver(v, PyBytes.self, "split", "bytes")
      let a = try args.bind("split", ["sep", "maxsplit"])
      var limit = try a[1].map { (x: Value) throws(PyException) -> Int in try vm.intArgument(x) } ?? -1
      if limit < 0 { limit = Int.max }
      var parts: [[UInt8]] = []
      if let sepValue = a[0], !sepValue.isNone {
        let sep = try requireBytes(vm, sepValue)
        if sep.isEmpty { throw PyException.valueError("empty separator") }
        var i = 0
        while parts.count < limit, let f = BytesSearch.find(sep, in: b.bytes, i, b.bytes.count) {
          parts.append(Array(b.bytes[i..<f]))
          i = f + sep.count
        }
        parts.append(Array(b.bytes[i...]))
      } else {
        var i = 0
        let n = b.bytes.count
        while i < n {
          while i < n && isSpace(b.bytes[i]) { i += 1 }
          if i >= n { break }
          if parts.count == limit {
            var end = n
            while end > i && isSpace(b.bytes[end - 1]) { end -= 1 }
            parts.append(Array(b.bytes[i..<end]))
            break
          }
          var j = i
          while j < n && !isSpace(b.bytes[j]) { j += 1 }
          parts.append(Array(b.bytes[i..<j]))
          i = j
        }
      }
      return .list(parts.map { .object(b.sameKind($0)) })
    }
    t.addMethod("join") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try receiver(v, PyBytes.self, "join", "bytes")
      var out: [UInt8] = []
      for (i, item) in try vm.iterate(try args.one("join")).enumerated() {
        guard let piece = vm.bytesLike(item) else {
          throw PyException.typeError(
            "sequence item \(i): expected a bytes-like object, \(item.typeName) found")
        }
        if i > 0 { out.append(contentsOf: b.bytes) }
        out.append(contentsOf: piece)
      }
      return .object(b.sameKind(out))
    }
    for name in ["strip", "lstrip", "rstrip"] {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let b = try receiver(v, PyBytes.self, "strip", "bytes")
        let a = try args.positional(name, 0, 1)
        let chars: [UInt8]? = try a.first.flatMap { (x: Value) throws(PyException) -> [UInt8]? in
          x.isNone ? nil : try requireBytes(vm, x)
        }
        let strip = { (c: UInt8) -> Bool in chars.map { $0.contains(c) } ?? isSpace(c) }
        var start = 0
        var end = b.bytes.count
        if name != "rstrip" { while start < end && strip(b.bytes[start]) { start += 1 } }
        if name != "lstrip" { while end > start && strip(b.bytes[end - 1]) { end -= 1 } }
        return .object(b.sameKind(Array(b.bytes[start..<end])))
      }
    }
    t.addMethod("replace") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try receiver(v, PyBytes.self, "replace", "bytes")
      let a = try args.positional("replace", 2, 3)
      let old = try requireBytes(vm, a[0])
      let new = try requireBytes(vm, a[1])
      var limit = a.count == 3 ? try vm.intArgument(a[2]) : -1
      if limit < 0 { limit = Int.max }
      var out: [UInt8] = []
      var i = 0
      var n = 0
      if old.isEmpty {
        while n < limit && i <= b.bytes.count {
          out.append(contentsOf: new)
          if i < b.bytes.count { out.append(b.bytes[i]) }
          i += 1
          n += 1
        }
        if i < b.bytes.count { out.append(contentsOf: b.bytes[i...]) }
        return .object(b.sameKind(out))
      }
      while n < limit, let f = BytesSearch.find(old, in: b.bytes, i, b.bytes.count) {
        out.append(contentsOf: b.bytes[i..<f])
        out.append(contentsOf: new)
        i = f + old.count
        n += 1
      }
      out.append(contentsOf: b.bytes[i...])
      return .object(b.sameKind(out))
    }
    let upper = { (c: UInt8) -> UInt8 in (97...122).contains(c) ? c - 32 : c }
    let lower = { (c: UInt8) -> UInt8 in (65...90).contains(c) ? c + 32 : c }
    let maps: [(String, ([UInt8]) -> [UInt8])] = [
      ("upper", { $0.map(upper) }), ("lower", { $0.map(lower) }),
      ("swapcase", { $0.map { (65...90).contains($0) ? $0 + 32 : upper($0) } }),
      ("capitalize", { bytes in bytes.enumerated().map { $0.offset == 0 ? upper($0.element) : lower($0.element) } }),
    ]
    for (name, transform) in maps {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let b = try receiver(v, PyBytes.self, "upper", "bytes")
        try args.none("bytes.\(name)")
        return .object(b.sameKind(transform(b.bytes)))
      }
    }
    let tests: [(String, (UInt8) -> Bool)] = [
      ("isalpha", { (65...90).contains($0) || (97...122).contains($0) }),
      ("isdigit", { (48...57).contains($0) }),
      ("isalnum", { (65...90).contains($0) || (97...122).contains($0) || (48...57).contains($0) }),
      ("isspace", isSpace),
    ]
    for (name, test) in tests {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let b = try receiver(v, PyBytes.self, "isalpha", "bytes")
        try args.none("bytes.\(name)")
        return .bool(!b.bytes.isEmpty && b.bytes.allSatisfy(test))
      }
    }
    t.addMethod("isascii") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try receiver(v, PyBytes.self, "isascii", "bytes")
      try args.none("bytes.isascii")
      return .bool(b.bytes.allSatisfy { $0 < 128 })
    }
    let casedRanges: [(String, ClosedRange<UInt8>)] = [("isupper", 65...90), ("islower", 97...122)]
    for (name, cased) in casedRanges {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let b = try receiver(v, PyBytes.self, "isupper", "bytes")
        try args.none("bytes.\(name)")
        let letters = b.bytes.filter { (65...90).contains($0) || (97...122).contains($0) }
        return .bool(!letters.isEmpty && letters.allSatisfy { cased.contains($0) })
      }
    }
  }

  private static func installBytesDunders(_ t: PyType) {
    t.addMethod("__len__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try receiver(v, PyBytes.self, "__len__", "bytes")
      try args.wrapper("__len__", 0)
      return .int(b.bytes.count)
    }
    t.addMethod("__getitem__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try receiver(v, PyBytes.self, "__getitem__", "bytes")
      try args.wrapper("__getitem__", 1)
      return try vm.bytesItem(b, args[0])
    }
    t.addMethod("__contains__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try receiver(v, PyBytes.self, "__contains__", "bytes")
      try args.wrapper("__contains__", 1)
      return .bool(try vm.bytesContains(b, args[0]))
    }
    t.addMethod("__iter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      _ = try receiver(v, PyBytes.self, "__iter__", "bytes")
      try args.wrapper("__iter__", 0)
      return try vm.getIterator(v)
    }
    t.addMethod("__hash__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try receiver(v, PyBytes.self, "__hash__", "bytes")
      try args.wrapper("__hash__", 0)
      return .int(vm.bytesHash(b.bytes))
    }
    t.addMethod("__add__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try receiver(v, PyBytes.self, "__add__", "bytes")
      try args.wrapper("__add__", 1)
      guard let other = vm.bytesLike(args[0]) else {
        throw PyException.typeError("can't concat \(args[0].typeName) to bytes")
      }
      return .object(b.sameKind(b.bytes + other))
    }
    for name in ["__mul__", "__rmul__"] {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        _ = try receiver(v, PyBytes.self, "__mul__", "bytes")
        try args.wrapper(name, 1)
        let n = try vm.repeatArgument(args[0])
        return try vm.nativeBinaryOperation(.multiply, v, .int(n)) ?? notImplemented
      }
    }
    addRichComparisons(t) { $0.as(PyBytes.self) != nil }
  }

  /// `__iter__` and `__next__` of the builtin iterator types.
  static func installIteratorProtocols() {
    for t in [
      listIterator, listReverseIterator, tupleIterator, rangeIterator, strIterator,
      strASCIIIterator, dictKeyIterator, dictReverseKeyIterator, dictValueIterator,
      dictItemIterator, dictReverseValueIterator, dictReverseItemIterator, setIterator, iterator,
      enumerate, zip, map, filter, reversed, bytesIterator,
    ] {
      ItertoolsTypes.installIteratorProtocol(t)
    }
  }
}
